using Hangfire;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>Hangfire schedules the job by the reminder's id only: the record in our store is the truth.</summary>
public sealed class HangfireReminderScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IReminderScheduler
{
    public void Schedule(Reminder reminder)
    {
        var delay = reminder.DueAt - clock.GetUtcNow();
        jobs.Schedule<ReminderJob>(job => job.RunAsync(reminder.Id, CancellationToken.None), delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
    }
}
