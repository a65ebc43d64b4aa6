using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Core.Pipeline;

public enum TurnOutcome
{
    /// <summary>Stored and answered (the replies are durable).</summary>
    Processed,
    /// <summary>The same channel message was already processed: nothing done.</summary>
    Duplicate,
    /// <summary>Refused before anything was stored; <see cref="TurnResult.Reason"/> says why.</summary>
    Refused,
    /// <summary>Nothing to store or answer: a typing indicator, an event the bot does not handle.</summary>
    Ignored,
    /// <summary>Over a limit (a flood, the conversation's daily storage budget): nothing stored, nothing answered.</summary>
    Throttled,
}

/// <param name="Replies">The bot's replies, stored before this result is returned.</param>
/// <param name="Stored">Transcript entries written by this turn (the incoming activity first), with their sequence.</param>
public sealed record TurnResult(TurnOutcome Outcome, IReadOnlyList<Activity> Replies, IReadOnlyList<TranscriptEntry> Stored, string? Reason = null)
{
    public static TurnResult Refuse(string reason) => new(TurnOutcome.Refused, [], [], reason);

    public static TurnResult Duplicate { get; } = new(TurnOutcome.Duplicate, [], []);

    public static TurnResult Ignored { get; } = new(TurnOutcome.Ignored, [], []);

    public static TurnResult Throttle(string reason) => new(TurnOutcome.Throttled, [], [], reason);
}
