using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;

namespace ChatAssistant.Appointments.Tests.Reminders;

/// <summary>Reminders on a fake clock: 24 h and 2 h before, once each across retries and a restart (issue 15).</summary>
public sealed class ReminderTests : IDisposable
{
    // Saturday 5 December 2026, 09:00 in Rome; the appointment is Wednesday 9 December at 10:00.
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));
    private readonly DateTimeOffset _start = TestDesks.Local(2026, 12, 9, 10);

    [Fact]
    public async Task Reminders_24hThen2h_WithARestartInBetween_EachSentOnce()
    {
        var booking = (await _world.Booker.BookAsync(_world.Request(_start))).Booking!;
        var first = _world.Scheduler.Scheduled[0];

        _world.Clock.SetUtcNow(first.DueAt);
        await _world.Job.RunAsync(first.Id);
        await _world.Job.RunAsync(first.Id); // Hangfire's retry

        _world.Restart();
        Assert.Equal(1, await _world.Reconciler.ReconcileAsync());
        var second = _world.Scheduler.Scheduled.Single();
        Assert.Equal(_start.AddHours(-2), second.DueAt);

        _world.Clock.SetUtcNow(second.DueAt);
        await Task.WhenAll(_world.Job.RunAsync(second.Id), _world.Job.RunAsync(second.Id)); // two hosts at once

        var counts = await _world.Store.CountAsync("milano");
        Assert.Equal(2, counts.Pending);
        var messages = await _world.Store.ClaimDueAsync("milano", _world.Clock.GetUtcNow(), 10, _world.Clock.GetUtcNow().AddMinutes(1));
        Assert.All(messages, m => Assert.Equal(OutboxPriority.Reminder, m.Priority));
        var text = ActivityJson.Deserialize(messages[0].ActivityJson);
        Assert.Contains("Via Sammartini 120", text.Text, StringComparison.Ordinal);
        Assert.Contains("tessera sanitaria", text.Text, StringComparison.Ordinal);
        Assert.Contains(booking.Code, text.Text, StringComparison.Ordinal);
        Assert.Equal(["Confermo", "Non posso venire"], text.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(ReminderStatus.Sent, (await _world.Appointments.GetReminderAsync(second.Id))!.Status);
    }

    [Fact]
    public async Task NonPossoVenire_CancelsFreesTheSlotAndStopsTheReminders()
    {
        var booking = (await _world.Booker.BookAsync(_world.Request(_start, citizen: "anna"))).Booking!;

        Assert.True(await _world.Booker.CancelAsync("milano", booking.Code));
        _world.Clock.SetUtcNow(_start.AddHours(-2));
        foreach (var reminder in _world.Scheduler.Scheduled)
        {
            await _world.Job.RunAsync(reminder.Id);
        }

        Assert.Equal(0, (await _world.Store.CountAsync("milano")).Pending);
        Assert.True((await _world.Booker.BookAsync(_world.Request(_start, citizen: "marco"))).Succeeded);
    }

    [Fact]
    public async Task Reminder_DueWhileTheHostWasDown_IsSentIfTheAppointmentIsFar_SkippedIfNear()
    {
        await _world.Booker.BookAsync(_world.Request(_start));
        var (dayBefore, twoHours) = (_world.Scheduler.Scheduled[0], _world.Scheduler.Scheduled[1]);

        // The host comes back at 08:50 on the day: the 24 h reminder is late but the appointment 70 minutes away.
        _world.Restart();
        _world.Clock.SetUtcNow(_start.AddMinutes(-70));
        await _world.Reconciler.ReconcileAsync();
        await _world.Job.RunAsync(dayBefore.Id);
        _world.Clock.SetUtcNow(_start.AddMinutes(-20));
        await _world.Job.RunAsync(twoHours.Id);

        Assert.Equal(ReminderStatus.Sent, (await _world.Appointments.GetReminderAsync(dayBefore.Id))!.Status);
        Assert.Equal(ReminderStatus.Skipped, (await _world.Appointments.GetReminderAsync(twoHours.Id))!.Status);
        Assert.Equal(1, (await _world.Store.CountAsync("milano")).Pending);
    }

    [Fact]
    public async Task Plan_TwoHoursBeforeANineOClockAppointment_MovesOutOfTheNight()
    {
        var early = TestDesks.Local(2026, 12, 9, 9, 0);

        await _world.Booker.BookAsync(_world.Request(early));

        // 07:00 falls in the quiet period (21:00-08:00); 08:00 is still 60 minutes before.
        Assert.Contains(_world.Scheduler.Scheduled, r => r.DueAt == TestDesks.Local(2026, 12, 9, 8, 0));
        Assert.All(_world.Scheduler.Scheduled, r => Assert.False(ReminderSettingsQuiet(r.DueAt)));
    }

    private static bool ReminderSettingsQuiet(DateTimeOffset instant) =>
        ChatAssistant.Appointments.Desks.ReminderSettings.Default.IsQuiet(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TestDesks.Rome).DateTime));

    public void Dispose() => _world.Dispose();
}
