namespace ChatAssistant.CivicReports.Status;

/// <summary>The outcome of a staff member's status change; a refusal carries the reason in plain English for the API.</summary>
public sealed record StatusMoveResult(StatusMoveError Error, CivicReport? Report = null, string? Reason = null)
{
    public bool Succeeded => Error == StatusMoveError.None;

    public static StatusMoveResult Fail(StatusMoveError error, string reason) => new(error, null, reason);
}

public enum StatusMoveError
{
    None,
    /// <summary>Unknown status or a note too long: 400.</summary>
    Invalid,
    /// <summary>No such report in the staff member's tenant: 404.</summary>
    NotFound,
    /// <summary>Backwards, the same status, or moved by someone else meanwhile: 409.</summary>
    Conflict,
}
