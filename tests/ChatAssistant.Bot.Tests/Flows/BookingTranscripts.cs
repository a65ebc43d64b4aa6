using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Ics;
using ChatAssistant.Bot.Tests.Support;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>
/// prenota over Milano's example desks (knowledge-base/comuni/milano/appuntamenti.yaml), on Monday 2 March 2026 at
/// 10:00 in Rome: service, desk, a day pressed or typed, a time, a name, confirm; and the bad answers (issue 15).
/// </summary>
public class BookingTranscripts
{
    private static async Task<Transcript> AtTheDayQuestion()
    {
        var chat = await Transcript.For("milano").Send("menu")
            .Press("Prenota un appuntamento")
            .AssertReply("Per quale servizio vuoi un appuntamento?")
            .AssertButtons("Aiuto con SPID, app IO e servizi online", "Certificati anagrafici online")
            .Press("Aiuto con SPID, app IO e servizi online")
            .AssertButtons("Sportello del Municipio 2", "Sportello del Municipio 9")
            .Press("Sportello del Municipio 2")
            .AssertReply("Quando vuoi venire?");
        return chat.AssertHasButton("mer 4 marzo");
    }

    [Fact]
    public async Task Prenota_TypedDayAndTime_BooksWithACodeAndACalendarFile()
    {
        var chat = await AtTheDayQuestion().Send("mercoledì alle 10 e mezza")
            .AssertReply("A che ora?")
            .AssertButtons("mer 4 mar 10:30")
            .Press("mer 4 mar 10:30")
            .AssertReply("Come ti chiami?")
            .Send("Anna Rossi")
            .AssertReply("Vuoi lasciare un numero di telefono?")
            .Send("333 1234567")
            .AssertReply("Via G. B. Sammartini 120")
            .AssertReply("documento d'identità")
            .AssertReply("Vuoi prenotare?")
            .Press("Sì")
            .AssertReply("Il tuo codice è");

        var booking = Assert.Single(chat.Appointments.All);
        Assert.Equal(("Anna Rossi", "333 1234567"), (booking.Name, booking.Phone));
        var file = Assert.Single(chat.Replies.SelectMany(r => r.Attachments ?? []));
        Assert.Equal(BookingCalendar.ContentType, file.ContentType);
        Assert.Contains(booking.Code, file.Content!.Value.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public Task Prenota_DayButtonPressed_OffersThatDaysFreeTimes() =>
        AtTheDayQuestion().Press("mer 4 marzo")
            .AssertReply("A che ora?")
            .AssertHasButton("mer 4 mar 09:00");

    [Theory]
    [InlineData("boh", "Non ho capito il giorno.")]
    [InlineData("il 1 marzo 2026", "Questo giorno è già passato.")]
    [InlineData("domenica", "Quel giorno lo sportello è chiuso.")]
    [InlineData("giovedì mattina", "Quel giorno non ci sono posti liberi.")]
    public Task Prenota_BadDay_SaysWhyAndAsksTheDayAgain(string typed, string expected) =>
        AtTheDayQuestion().Send(typed)
            .AssertReply(expected)
            .AssertReply("Quando vuoi venire?");

    [Fact]
    public Task Prenota_NameOf500CharactersOrWithControlCharacters_IsAskedAgain() =>
        AtTheDayQuestion().Send("mercoledì alle 9").Press("mer 4 mar 09:00")
            .Send(new string('a', 500))
            .AssertReply("Questo nome non va bene.")
            .AssertReply("Come ti chiami?")
            .Send("Anna\u0007Rossi")
            .AssertReply("Questo nome non va bene.");

    [Fact]
    public async Task Prenota_SlotTakenMeanwhile_SaysSoAndOffersTheNextTimes()
    {
        var chat = await AtTheDayQuestion().Send("mercoledì alle 9").Press("mer 4 mar 09:00").Send("Anna Rossi").Press("Salta");
        var taken = new DateTimeOffset(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);
        await chat.Appointments.TryBookAsync(new Booking
        {
            TenantId = "milano", Code = "ZZZZZ2", DeskId = "sportello-municipio-2", ServiceId = "facilitazione-digitale", Start = taken, End = taken.AddMinutes(30),
            CitizenId = "someone", ChannelId = "test", ChatId = "x", Name = "Marco",
        }, 1, []);

        await chat.Press("Sì")
            .AssertReply("questo orario è appena stato preso")
            .AssertHasButton("mer 4 mar 09:30");
    }

    [Fact]
    public Task Prenota_PhoneNotANumber_IsAskedAgain() =>
        AtTheDayQuestion().Send("mercoledì alle 9").Press("mer 4 mar 09:00").Send("Anna Rossi")
            .Send("chiamami")
            .AssertReply("Questo numero non va bene.")
            .Send("+39 333 1234567")
            .AssertReply("Vuoi prenotare?");

    [Fact]
    public Task Prenota_NotConfirmed_BooksNothing() =>
        AtTheDayQuestion().Send("mercoledì alle 9").Press("mer 4 mar 09:00").Send("Anna Rossi").Press("Salta")
            .Press("No")
            .AssertReply("Va bene, non ho prenotato niente.");
}
