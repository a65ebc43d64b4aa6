using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Appointments.Tests.Reminders;

/// <summary>
/// A web chat citizen's reminder is appended to their transcript, which the Direct Line stream shows: it must show
/// once even when the host dies after appending and before the reminder is marked sent (issue 15).
/// </summary>
public sealed class WebChatReminderTests : IDisposable
{
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));
    private readonly DateTimeOffset _start = TestDesks.Local(2026, 12, 9, 10);

    [Fact]
    public async Task Reminder_HostDiesAfterAppendingBeforeMarkingSent_TheJobAgainDoesNotShowItTwice()
    {
        var booking = (await _world.Booker.BookAsync(_world.Request(_start, citizen: "anna", channel: "directline"))).Booking!;
        var first = _world.Scheduler.Scheduled[0];
        _world.Clock.SetUtcNow(first.DueAt);
        var dying = new ReminderJob(_world.Appointments, _world.Desks, new DiesAfterSending(new ChannelReminderSender(_world.Store, _world.Store, _world.Clock)),
            new FileServiceNeeds(), new NoConversationHold(), _world.Clock, NullLogger<ReminderJob>.Instance);

        await Assert.ThrowsAsync<OperationCanceledException>(() => dying.RunAsync(first.Id));
        _world.Restart();
        _world.Clock.Advance(ReminderJob.ClaimFor + TimeSpan.FromMinutes(1));
        await _world.Reconciler.ReconcileAsync();
        Assert.Contains(first.Id, _world.Scheduler.Scheduled.Select(r => r.Id));
        await _world.Job.RunAsync(first.Id);

        var transcript = await _world.Store.ReadTranscriptAsync(ConversationKey.Of("directline", booking.ChatId), 0, 100);
        var reminder = Assert.Single(transcript);
        Assert.Contains(booking.Code, ActivityJson.Deserialize(reminder.ActivityJson).Text, StringComparison.Ordinal);
        Assert.Equal(ReminderStatus.Sent, (await _world.Appointments.GetReminderAsync(first.Id))!.Status);
    }

    public void Dispose() => _world.Dispose();

    /// <summary>The host killed right after the message was stored: the job never marks the reminder sent.</summary>
    private sealed class DiesAfterSending(IReminderSender inner) : IReminderSender
    {
        public async Task SendAsync(string messageId, string tenantId, string channelId, string chatId, Activity message, CancellationToken cancellationToken = default)
        {
            await inner.SendAsync(messageId, tenantId, channelId, chatId, message, cancellationToken);
            throw new OperationCanceledException("killed");
        }
    }
}
