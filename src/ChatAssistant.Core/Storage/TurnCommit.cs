using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Outbox;

namespace ChatAssistant.Core.Storage;

/// <summary>
/// Everything one turn writes, committed atomically: the store may group many turns into one
/// transaction, but a turn is either wholly there or not at all.
/// </summary>
public sealed class TurnCommit
{
    /// <summary>The state to save; its Version is the version that was loaded (0 = new).</summary>
    public required ConversationState State { get; init; }
    public Citizen? Citizen { get; init; }
    /// <summary>Redacted activities to append to the transcript, in order. The store assigns ids if missing.</summary>
    public IReadOnlyList<Activity> Transcript { get; init; } = [];
    public IReadOnlyList<OutboxMessage> Outbox { get; init; } = [];
    /// <summary>
    /// The citizen asked to delete their data: erase their citizen record, every state and transcript of theirs and
    /// their pending outbox first, then store this commit's (fresh) state and transcript as usual.
    /// </summary>
    public bool EraseCitizen { get; init; }
}

public sealed record TurnCommitResult(bool Committed, long NewVersion, IReadOnlyList<TranscriptEntry> Appended)
{
    public static TurnCommitResult Stale { get; } = new(false, 0, []);
}
