namespace ChatAssistant.Announcements.Composing;

public enum ComposeOutcomeKind
{
    Done = 0,
    /// <summary>Bad input: 400 with the problems.</summary>
    Invalid = 1,
    /// <summary>A committee outside its neighbourhoods: 403.</summary>
    Forbidden = 2,
    NotFound = 3,
    /// <summary>The announcement's state does not allow it (e.g. editing one already sent): 409.</summary>
    Conflict = 4,
}

/// <summary>What came of a compose, edit, approve, cancel or retract.</summary>
public sealed record ComposeOutcome(ComposeOutcomeKind Kind, Announcement? Announcement, IReadOnlyList<DraftProblem> Problems)
{
    public static ComposeOutcome Done(Announcement a) => new(ComposeOutcomeKind.Done, a, []);

    public static ComposeOutcome Fail(ComposeOutcomeKind kind, string field, string it, string en) => new(kind, null, [new DraftProblem(field, it, en)]);
}
