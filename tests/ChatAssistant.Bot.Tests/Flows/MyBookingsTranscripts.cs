using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Bot.Tests.Support;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>mie-prenotazioni: list, cancel with confirmation, move; a freed slot is bookable again at once (issue 15).</summary>
public class MyBookingsTranscripts
{
    private const string Mine = "i miei appuntamenti";

    private static async Task<Transcript> Booked()
    {
        var chat = await Transcript.For("milano").Send("menu")
            .Press("Prenota un appuntamento")
            .Press("Aiuto con SPID, app IO e servizi online")
            .Press("Sportello del Municipio 2")
            .Send("mercoledì alle 9").Press("mer 4 mar 09:00")
            .Send("Anna Rossi")
            .Press("Salta")
            .Press("Sì")
            .AssertReply("Il tuo codice è");
        chat.Recognizer.Learn(Mine, "intent:mie-prenotazioni");
        return chat;
    }

    [Fact]
    public async Task MiePrenotazioni_Cancel_AfterConfirmation_FreesTheSlotAtOnce()
    {
        var chat = await Booked().Send(Mine)
            .AssertReply("Quale vuoi cambiare?")
            .AssertButtons("mer 4 mar 09:00 · Sportello del Municipio 2")
            .Press("mer 4 mar 09:00 · Sportello del Municipio 2")
            .AssertButtons("Cambia giorno o ora", "Disdici")
            .Press("Disdici")
            .AssertReply("Vuoi disdire l'appuntamento mercoledì 4 marzo, 09:00?")
            .Press("Sì")
            .AssertReply("l'appuntamento è disdetto");

        var booking = Assert.Single(chat.Appointments.All);
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        var again = booking with { Code = "ZZZZZ3", CitizenId = "someone", Status = BookingStatus.Active };
        Assert.Equal(ChatAssistant.Appointments.Storage.BookOutcome.Booked, await chat.Appointments.TryBookAsync(again, 1, []));
    }

    [Fact]
    public Task MiePrenotazioni_CancelNotConfirmed_KeepsIt() =>
        Booked().Send(Mine).Press("mer 4 mar 09:00 · Sportello del Municipio 2").Press("Disdici").Press("No")
            .AssertReply("l'appuntamento resta com'era");

    [Fact]
    public async Task MiePrenotazioni_Move_ToAnotherTime_KeepsTheCodeAndFreesTheOldSlot()
    {
        var chat = await Booked().Send(Mine)
            .Press("mer 4 mar 09:00 · Sportello del Municipio 2")
            .Press("Cambia giorno o ora")
            .AssertReply("Quando vuoi venire?")
            .Send("mercoledì alle 11")
            .Press("mer 4 mar 11:00")
            .AssertReply("Il nuovo appuntamento è");

        var booking = Assert.Single(chat.Appointments.All);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero), booking.Start);
        chat.AssertReply("Il codice resta " + booking.Code);
    }

    [Fact]
    public Task MiePrenotazioni_NoBookings_SaysSoPlainly()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn(Mine, "intent:mie-prenotazioni");
        return chat.Send(Mine).AssertReply("Non hai appuntamenti in programma.");
    }
}

/// <summary>The reminder's buttons, answered whatever the chat is doing (issue 15).</summary>
public class ReminderButtonTranscripts
{
    [Fact]
    public async Task ReminderButtons_ConfirmThanks_CannotComeCancelsAndFreesTheSlot()
    {
        var chat = await Transcript.For("milano").Send("menu")
            .Press("Prenota un appuntamento")
            .Press("Aiuto con SPID, app IO e servizi online")
            .Press("Sportello del Municipio 2")
            .Send("mercoledì alle 9").Press("mer 4 mar 09:00")
            .Send("Anna Rossi")
            .Press("Salta")
            .Press("Sì");
        var code = Assert.Single(chat.Appointments.All).Code;

        await chat.Send("conferma " + code).AssertReply("Ti aspettiamo");
        await chat.Send("non posso venire " + code).AssertReply("l'appuntamento è disdetto");
        await chat.Send("non posso venire " + code).AssertReply("Non trovo questo appuntamento.");

        Assert.Equal(BookingStatus.Cancelled, Assert.Single(chat.Appointments.All).Status);
    }
}
