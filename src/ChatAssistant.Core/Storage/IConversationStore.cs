using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Conversations;

namespace ChatAssistant.Core.Storage;

/// <summary>Conversation state and transcripts.</summary>
public interface IConversationStore
{
    Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>Commits one turn. Returns <see cref="TurnCommitResult.Stale"/> when the state changed since it was loaded.</summary>
    Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default);

    /// <summary>Appends activities that do not come from a turn (a volunteer's reply, a welcome).</summary>
    Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Activities with a sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default);
}
