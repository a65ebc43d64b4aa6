namespace ChatAssistant.Appointments.Reminders;

public enum ReminderAnswerKind
{
    /// <summary>The text is not an answer to a reminder's buttons: the bot handles it as usual.</summary>
    NotAnAnswer = 0,
    Confirmed = 1,
    /// <summary>"Non posso venire": the booking is cancelled and its slot free again.</summary>
    Cancelled = 2,
    /// <summary>No active booking of this citizen with that code (already cancelled, moved away, or someone else's).</summary>
    UnknownCode = 3,
}
