using ChatAssistant.Appointments.Reminders;

namespace ChatAssistant.Appointments.Tests.Support;

/// <summary>Stands in for Hangfire: remembers what was scheduled, so a test runs the due jobs itself.</summary>
internal sealed class RecordingScheduler : IReminderScheduler
{
    public List<Reminder> Scheduled { get; } = [];

    public void Schedule(Reminder reminder)
    {
        lock (Scheduled)
        {
            Scheduled.Add(reminder);
        }
    }
}
