namespace ChatAssistant.Handoff.Tickets;

/// <summary>One line of the conversation copied into the ticket, already redacted (it comes from the stored transcript).</summary>
/// <param name="Role">"user" for the citizen, "bot", or "volunteer".</param>
public sealed record TicketMessage(string Role, string Text, DateTimeOffset At);
