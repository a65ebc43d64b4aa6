namespace ChatAssistant.Handoff.Tickets;

/// <summary>Why a volunteer's action on a ticket was refused: expected outcomes, not bugs.</summary>
public enum TicketError
{
    None,
    /// <summary>No such ticket in the volunteer's tenant.</summary>
    NotFound,
    /// <summary>The ticket is not in a state that allows it (closed, already taken).</summary>
    Conflict,
    /// <summary>The ticket is held by someone else.</summary>
    Forbidden,
    /// <summary>The request itself is wrong (an empty message, an unknown outcome).</summary>
    Invalid,
}

/// <summary>The ticket after the action, or the error with a reason a volunteer can read.</summary>
public sealed record TicketResult(Ticket? Ticket, TicketError Error, string? Reason)
{
    public bool Succeeded => Error == TicketError.None;

    public static TicketResult Ok(Ticket ticket) => new(ticket, TicketError.None, null);

    public static TicketResult Fail(TicketError error, string reason) => new(null, error, reason);
}
