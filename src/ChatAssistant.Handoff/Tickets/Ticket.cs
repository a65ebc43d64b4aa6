namespace ChatAssistant.Handoff.Tickets;

/// <summary>
/// A citizen's request for a person. Every change is a conditional update on <see cref="Version"/>: of two volunteers
/// changing one ticket at once, exactly one wins and the other reads the ticket again.
/// </summary>
public sealed class Ticket
{
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    /// <summary>channelId:conversationId, the key of the conversation's state and transcript.</summary>
    public required string ConversationKey { get; init; }
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }
    /// <summary>The citizen's id on the channel, to address replies.</summary>
    public required string CitizenUserId { get; init; }
    public string DisplayName { get; set; } = "";
    /// <summary>The knowledge topic the conversation was about, when known.</summary>
    public string? Topic { get; set; }
    public string Language { get; set; } = "it";
    /// <summary>The last messages before the escalation (at most 20), redacted.</summary>
    public List<TicketMessage> Recent { get; set; } = [];
    /// <summary>The transcript's last sequence when the ticket was opened: the relay forwards what comes after it.</summary>
    public long StartSequence { get; set; }

    public TicketStatus Status { get; set; }
    public string? VolunteerId { get; set; }
    public string? VolunteerName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When it enters the queue: at once, or the next opening for a message left out of hours.</summary>
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The citizen left a message instead of waiting (out of hours, or after the apology).</summary>
    public string? Message { get; set; }

    public TicketOutcome Outcome { get; set; }
    public string? Note { get; set; }

    /// <summary>True from closing until the citizen answers (or skips) the satisfaction question.</summary>
    public bool SurveyPending { get; set; }
    public int? Rating { get; set; }
    public string? Comment { get; set; }

    /// <summary>Set once the citizen got the "nobody is free yet" apology, so it is said once.</summary>
    public bool ApologySent { get; set; }
    /// <summary>The place in the queue and wait (minutes) the citizen was last told, to tell again when they change a lot.</summary>
    public int ToldPosition { get; set; }
    public int ToldWaitMinutes { get; set; }

    /// <summary>0 before the first insert; the store adds one on each successful update.</summary>
    public long Version { get; set; }

    public bool IsOpen => Status != TicketStatus.Closed;
}
