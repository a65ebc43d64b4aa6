namespace ChatAssistant.Handoff.Tickets;

/// <summary>How a closed ticket ended; the API names them resolved · appointment · referred · left.</summary>
public enum TicketOutcome
{
    None,
    /// <summary>The volunteer solved it.</summary>
    Resolved,
    /// <summary>An appointment at a desk was booked.</summary>
    Appointment,
    /// <summary>Sent to a municipal office.</summary>
    Referred,
    /// <summary>The citizen left (wrote "annulla", or stopped answering).</summary>
    Left,
}
