using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Tickets;
using ChatAssistant.Storage.LiteDb.Handoff;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Appointments.Tests.Reminders;

/// <summary>Issue 14: a reminder falling due while a volunteer holds the chat arrives marked as automatic, not as the volunteer's words.</summary>
public sealed class HeldChatReminderTests : IDisposable
{
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));
    private readonly DateTimeOffset _start = TestDesks.Local(2026, 12, 9, 10);

    [Fact]
    public async Task Reminder_ChatHeldByAVolunteer_IsSentMarkedAsAutomatic_AnUnheldChatsIsNot()
    {
        var handoff = new LiteDbHandoffStore(_world.Store);
        var job = new ReminderJob(_world.Appointments, _world.Desks, new ChannelReminderSender(_world.Store, _world.Store, _world.Clock),
            new FileServiceNeeds(), new TicketHold(handoff), _world.Clock, NullLogger<ReminderJob>.Instance);
        await _world.Booker.BookAsync(_world.Request(_start, citizen: "anna"));
        await _world.Booker.BookAsync(_world.Request(_start.AddHours(1), name: "Bruno Bianchi", citizen: "bruno"));
        await handoff.InsertAsync(new Ticket
        {
            Id = "t-anna", TenantId = "milano", ConversationKey = ConversationKey.Of("telegram", "chat-anna"), ChannelId = "telegram",
            ConversationId = "chat-anna", CitizenUserId = "anna", Status = TicketStatus.Held, VolunteerId = "v1", VolunteerName = "Vale",
            CreatedAt = _world.Clock.GetUtcNow(), QueuedAt = _world.Clock.GetUtcNow(),
        });

        var dayBefore = _world.Scheduler.Scheduled.Where(r => r.DueAt < _start.AddHours(-12)).ToList();
        _world.Clock.SetUtcNow(dayBefore.Max(r => r.DueAt));
        foreach (var reminder in dayBefore)
        {
            await job.RunAsync(reminder.Id);
        }

        var now = _world.Clock.GetUtcNow();
        var sent = (await _world.Store.ClaimDueAsync("milano", now, 10, now.AddMinutes(1))).ToDictionary(m => m.ChatId, m => ActivityJson.Deserialize(m.ActivityJson).Text!);
        Assert.StartsWith(AutomaticMark.Italian + "\nPromemoria:", sent["chat-anna"], StringComparison.Ordinal);
        Assert.StartsWith("Promemoria:", sent["chat-bruno"], StringComparison.Ordinal);
    }

    public void Dispose() => _world.Dispose();
}
