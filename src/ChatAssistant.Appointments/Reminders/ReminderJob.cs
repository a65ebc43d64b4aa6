using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// Hangfire's job for one reminder: load it, claim it with a conditional update, send, mark it sent. Run twice (a retry,
/// a second host, the reconciler) it sends once: the second claim fails, and a claim whose job died runs out and is taken
/// again, when the outbox's message id keeps a repeated send from going twice.
/// </summary>
public sealed partial class ReminderJob(
    IAppointmentStore store, DeskCatalog desks, IReminderSender sender, IServiceNeeds needs, IConversationHold hold, TimeProvider clock,
    ILogger<ReminderJob> logger)
{
    /// <summary>How long a claim holds: longer than one send takes.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public async Task RunAsync(string reminderId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (await store.GetReminderAsync(reminderId, cancellationToken) is not { Status: ReminderStatus.Pending or ReminderStatus.Sending } reminder
            || reminder.DueAt > now.AddMinutes(1))
        {
            return;
        }

        var booking = await store.GetAsync(reminder.TenantId, reminder.Code, cancellationToken);
        var tenant = desks.Find(reminder.TenantId);
        var claimUntil = now + ClaimFor;
        var quietEnd = tenant is null ? (DateTimeOffset?)null : QuietEnd(tenant, now);
        if (quietEnd is { } end && booking is not null && end <= booking.Start - ReminderPlanner.MinimumNotice)
        {
            // Fell due at night while no host ran: hold the claim till morning; the reconciler schedules it again then.
            await store.TryClaimReminderAsync(reminderId, now, end, cancellationToken);
            return;
        }

        if (!await store.TryClaimReminderAsync(reminderId, now, claimUntil, cancellationToken))
        {
            return;
        }

        if (booking is not { Status: BookingStatus.Active } || tenant is null)
        {
            await store.CompleteReminderAsync(reminderId, ReminderStatus.Cancelled, cancellationToken);
            return;
        }

        if (booking.Start - now < ReminderPlanner.MinimumNotice || quietEnd is not null)
        {
            Log.Skipped(logger, reminderId, booking.Start);
            await store.CompleteReminderAsync(reminderId, ReminderStatus.Skipped, cancellationToken);
            return;
        }

        var message = ReminderMessage.Build(tenant, booking, Bring(tenant, booking));
        // Marked, not deferred, while a volunteer holds the chat: a reminder is due before a set time, and a chat may be
        // held until after it; the mark keeps it from passing for the volunteer's (or the bot's) answer.
        if (await hold.IsHeldByPersonAsync(ConversationKey.Of(booking.ChannelId, booking.ChatId), cancellationToken))
        {
            AutomaticMark.Apply(message, booking.Language);
        }

        await sender.SendAsync("reminder:" + reminderId, booking.TenantId, booking.ChannelId, booking.ChatId, message, cancellationToken);
        await store.CompleteReminderAsync(reminderId, ReminderStatus.Sent, cancellationToken);
        Log.Sent(logger, reminderId);
    }

    private IReadOnlyList<string> Bring(TenantDesks tenant, Booking booking) =>
        tenant.Service(booking.ServiceId) is { } service ? needs.For(tenant, service, booking.Language) : [];

    private static DateTimeOffset? QuietEnd(TenantDesks tenant, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, tenant.TimeZone).DateTime;
        if (!tenant.Reminders.IsQuiet(TimeOnly.FromDateTime(local)))
        {
            return null;
        }

        var day = DateOnly.FromDateTime(local);
        var endDay = TimeOnly.FromDateTime(local) >= tenant.Reminders.QuietUntil ? day.AddDays(1) : day;
        var end = endDay.ToDateTime(tenant.Reminders.QuietUntil);
        return new DateTimeOffset(end, tenant.TimeZone.GetUtcOffset(end)).ToUniversalTime();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {ReminderId} skipped: it fell due while no host ran and the appointment at {Start} is too near.")]
        public static partial void Skipped(ILogger logger, string reminderId, DateTimeOffset start);

        [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder {ReminderId} sent.")]
        public static partial void Sent(ILogger logger, string reminderId);
    }
}
