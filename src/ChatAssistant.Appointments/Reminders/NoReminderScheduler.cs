namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// For a process without Hangfire (the terminal chat, tests): schedules nothing. The reminders are in the store, so
/// the host's reconciler hands them to Hangfire when it next starts.
/// </summary>
public sealed class NoReminderScheduler : IReminderScheduler
{
    public void Schedule(Reminder reminder)
    {
    }
}
