using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Api;

/// <summary>One line of GET /api/handoff/queue.</summary>
public sealed record QueueItem(string Id, string Status, string? Topic, string Channel, long WaitingSeconds, string DisplayName, string Language, string? VolunteerId, string? VolunteerName, string? Message);

/// <summary>One line of GET /api/handoff/volunteers: someone a chat can be passed to.</summary>
public sealed record VolunteerItem(string Id, string Name);

/// <summary>A ticket as the console shows it.</summary>
public sealed record TicketView(
    string Id, string Status, string? Topic, string Channel, string DisplayName, string Language, long WaitingSeconds,
    string? VolunteerId, string? VolunteerName, string? Message, string? Outcome, string? Note, int? Rating, string? Comment,
    IReadOnlyList<TicketMessage> Recent)
{
    public static TicketView Of(Ticket t, DateTimeOffset now) => new(
        t.Id, Name(t.Status), t.Topic, t.ChannelId, t.DisplayName, t.Language, Waited(t, now), t.VolunteerId, t.VolunteerName, t.Message,
        t.Outcome == TicketOutcome.None ? null : Name(t.Outcome), t.Note, t.Rating, t.Comment, t.Recent);

    public static QueueItem Line(Ticket t, DateTimeOffset now) => new(
        t.Id, Name(t.Status), t.Topic, t.ChannelId, Waited(t, now), t.DisplayName, t.Language, t.VolunteerId, t.VolunteerName, t.Message);

    /// <summary>Seconds since it joined the queue, until a volunteer took it (0 for a message waiting for the opening).</summary>
    public static long Waited(Ticket t, DateTimeOffset now) =>
        (long)Math.Max(0, ((t.ClaimedAt ?? t.ClosedAt ?? now) - t.QueuedAt).TotalSeconds);

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}

/// <summary>POST /api/handoff/{id}/messages.</summary>
public sealed record MessageRequest(string? Text, string? CannedReplyId = null);

/// <summary>POST /api/handoff/{id}/close: outcome resolved | appointment | referred | left.</summary>
public sealed record CloseRequest(string? Outcome, string? Note);

/// <summary>POST /api/handoff/{id}/transfer.</summary>
public sealed record TransferRequest(string? VolunteerId, string? VolunteerName);

/// <summary>PUT /api/handoff/canned/{id}.</summary>
public sealed record CannedReplyRequest(string? Title, string? Text);

/// <summary>One line of a ticket's transcript: role user (the citizen), bot, or volunteer.</summary>
public sealed record TranscriptLine(long Sequence, string Role, string? Name, string? Text, DateTimeOffset At);
