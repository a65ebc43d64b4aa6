namespace ChatAssistant.Handoff.Tickets;

/// <summary>Where a ticket is in its life: waiting in the queue, held by one volunteer, or closed for good.</summary>
public enum TicketStatus
{
    Waiting,
    Held,
    Closed,
}
