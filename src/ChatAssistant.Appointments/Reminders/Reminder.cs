using System.Globalization;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// A reminder of one booking, stored beside it: the truth Hangfire's jobs act on. The id names the booking, its start
/// and how long before it goes, so a moved booking gets new reminders and the old ones stay cancelled.
/// </summary>
public sealed record Reminder
{
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string Code { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public ReminderStatus Status { get; init; } = ReminderStatus.Pending;
    public DateTimeOffset? ClaimedUntil { get; init; }

    public static string IdOf(string tenantId, string code, DateTimeOffset start, TimeSpan before) =>
        string.Create(CultureInfo.InvariantCulture, $"{tenantId}:{code}:{start.UtcTicks}:{(long)before.TotalMinutes}");
}
