namespace ChatAssistant.Appointments.Desks.Editing;

public enum DeskEditOutcome
{
    Saved,
    /// <summary>Another coordinator saved first: reload and do it again.</summary>
    Conflict,
    /// <summary>The edit is refused; the result's problem says why, in words a coordinator understands.</summary>
    Invalid,
    NotFound,
}
