namespace ChatAssistant.Appointments.Desks;

/// <summary>
/// When a tenant's reminders go: how long before the appointment, and the quiet period at night (local time) in which
/// none is sent (a reminder falling there moves to the end of the quiet period, or to its start when that is too late).
/// </summary>
public sealed record ReminderSettings(IReadOnlyList<TimeSpan> Before, TimeOnly QuietFrom, TimeOnly QuietUntil)
{
    public static ReminderSettings Default { get; } = new([TimeSpan.FromHours(24), TimeSpan.FromHours(2)], new TimeOnly(21, 0), new TimeOnly(8, 0));

    public bool IsQuiet(TimeOnly local) =>
        QuietFrom <= QuietUntil ? local >= QuietFrom && local < QuietUntil : local >= QuietFrom || local < QuietUntil;
}
