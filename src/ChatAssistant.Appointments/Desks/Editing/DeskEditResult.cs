namespace ChatAssistant.Appointments.Desks.Editing;

/// <summary>What became of an edit; <see cref="Problem"/> is a key of the console's texts when the edit is refused.</summary>
public sealed record DeskEditResult(DeskEditOutcome Outcome, string? Problem = null)
{
    public static DeskEditResult Saved { get; } = new(DeskEditOutcome.Saved);

    public static DeskEditResult Conflict { get; } = new(DeskEditOutcome.Conflict, "desks.conflict");

    public static DeskEditResult NotFound { get; } = new(DeskEditOutcome.NotFound, "desks.notfound");

    public static DeskEditResult Invalid(string problem) => new(DeskEditOutcome.Invalid, problem);
}
