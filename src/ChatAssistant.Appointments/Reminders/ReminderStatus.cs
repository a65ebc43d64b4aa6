namespace ChatAssistant.Appointments.Reminders;

public enum ReminderStatus
{
    Pending = 0,
    /// <summary>Claimed by a job until <see cref="Reminder.ClaimedUntil"/>; pending again if that job died.</summary>
    Sending = 1,
    Sent = 2,
    /// <summary>Fell due while no host ran and the appointment was too near to be worth it.</summary>
    Skipped = 3,
    /// <summary>The booking was cancelled or moved.</summary>
    Cancelled = 4,
}
