using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Tests.Support;

namespace ChatAssistant.Appointments.Tests.Reminders;

/// <summary>The reminder's buttons: "Confermo" keeps the booking, "Non posso venire" cancels it and frees the slot; only for the citizen who booked.</summary>
public sealed class ReminderAnswersTests : IDisposable
{
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));
    private readonly DateTimeOffset _start = TestDesks.Local(2026, 12, 9, 10);

    private ReminderAnswers Answers => new(_world.Appointments, _world.Booker);

    [Fact]
    public async Task HandleAsync_ButtonsOfTheReminder_ConfirmKeeps_CannotComeCancelsAndFreesTheSlot()
    {
        var booking = (await _world.Booker.BookAsync(_world.Request(_start, citizen: "anna"))).Booking!;
        var buttons = ReminderMessage.Build(_world.Tenant, booking, []).SuggestedActions!.Actions;

        Assert.Equal(ReminderAnswerKind.Confirmed, await Answers.HandleAsync("milano", "anna", buttons[0].Value));
        Assert.Equal(ReminderAnswerKind.UnknownCode, await Answers.HandleAsync("milano", "marco", buttons[1].Value));
        Assert.Equal(ReminderAnswerKind.Cancelled, await Answers.HandleAsync("milano", "anna", buttons[1].Value));
        Assert.Equal(ReminderAnswerKind.UnknownCode, await Answers.HandleAsync("milano", "anna", buttons[1].Value));

        Assert.True((await _world.Booker.BookAsync(_world.Request(_start, citizen: "marco"))).Succeeded);
    }

    [Theory]
    [InlineData("ciao")]
    [InlineData("conferma")]
    [InlineData("non posso venire 0000000")]
    [InlineData(null)]
    public async Task HandleAsync_OtherText_IsNotAnAnswer(string? text) =>
        Assert.Equal(ReminderAnswerKind.NotAnAnswer, await Answers.HandleAsync("milano", "anna", text));

    public void Dispose() => _world.Dispose();
}
