using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Citizens;
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Conversations;

/// <summary>
/// What a turn or a transcript append writes, on the writer's thread inside its transaction: the version check reads
/// the conversation as this transaction sees it, so two turns of one conversation in one group are checked against
/// each other and the second one is stale.
/// </summary>
internal static class TurnWrites
{
    public static TurnCommitResult Commit(LiteDatabase db, TurnCommit commit, string stateJson)
    {
        var state = commit.State;
        var head = ConversationDocuments.ReadHead(db, state.Key);
        if (head.Version != state.Version)
        {
            return TurnCommitResult.Stale;
        }

        var citizenId = commit.Citizen?.Id ?? state.CitizenId;
        if (commit.EraseCitizen && citizenId is not null)
        {
            // Erasure leaves the conversation's last sequence as it was.
            CitizenErasure.Erase(db, citizenId);
        }
        else if (commit.Citizen is not null)
        {
            CitizenDocuments.WriteIfChanged(db, commit.Citizen);
        }

        var lastSequence = head.LastSequence;
        var appended = TranscriptDocuments.Insert(db, state.Key, commit.Transcript, ref lastSequence);
        var newVersion = head.Version + 1;
        ConversationDocuments.Write(db, state, stateJson, newVersion, lastSequence);
        OutboxWrites.InsertNew(db, commit.Outbox);
        return new TurnCommitResult(true, newVersion, appended);
    }

    /// <summary>Activities outside a turn: they take the next sequences but leave the state's version alone.</summary>
    public static IReadOnlyList<TranscriptEntry> Append(LiteDatabase db, string conversationKey, IReadOnlyList<Activity> activities)
    {
        var lastSequence = ConversationDocuments.ReadHead(db, conversationKey).LastSequence;
        var appended = TranscriptDocuments.Insert(db, conversationKey, activities, ref lastSequence);
        ConversationDocuments.WriteLastSequence(db, conversationKey, lastSequence);
        return appended;
    }
}
