namespace ChatAssistant.Appointments.Reminders;

/// <summary>Asks for a reminder's job to run at its due time. Scheduling twice is harmless: the job claims the record first.</summary>
public interface IReminderScheduler
{
    void Schedule(Reminder reminder);
}
