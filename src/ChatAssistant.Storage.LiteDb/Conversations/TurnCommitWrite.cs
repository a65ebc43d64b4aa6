using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Citizens;
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Conversations;

/// <summary>
/// Applies one turn inside the writer's batch transaction. The version check reads through the same transaction,
/// so two turns of one conversation in one batch are checked against each other: the second one is stale.
/// </summary>
internal static class TurnCommitWrite
{
    public static TurnCommitResult Apply(LiteDatabase db, TurnCommit commit)
    {
        var state = commit.State;
        var head = ConversationDocuments.ReadHead(db, state.Key);
        if (head.Version != state.Version)
        {
            return TurnCommitResult.Stale;
        }

        var lastSequence = head.LastSequence;
        var citizenId = commit.Citizen?.Id ?? state.CitizenId;
        if (commit.EraseCitizen && citizenId is not null)
        {
            CitizenErasure.Erase(db, citizenId);
        }
        else if (commit.Citizen is not null)
        {
            CitizenDocuments.Write(db, commit.Citizen);
        }

        var appended = TranscriptDocuments.Append(db, state.Key, commit.Transcript, ref lastSequence);
        var newVersion = head.Version + 1;
        ConversationDocuments.Write(db, state, newVersion, lastSequence);
        if (commit.ProcessedMessageKey is { } processedKey)
        {
            db.GetCollection(StoreCollections.Processed).Upsert(new BsonDocument { ["_id"] = processedKey });
        }

        OutboxWrites.Enqueue(db, commit.Outbox);
        return new TurnCommitResult(true, newVersion, appended);
    }

    /// <summary>Activities outside a turn: they take the next sequences but leave the state's version alone.</summary>
    public static IReadOnlyList<TranscriptEntry> AppendTranscript(LiteDatabase db, string conversationKey, IReadOnlyList<Activity> activities)
    {
        var lastSequence = ConversationDocuments.ReadHead(db, conversationKey).LastSequence;
        var appended = TranscriptDocuments.Append(db, conversationKey, activities, ref lastSequence);
        ConversationDocuments.WriteLastSequence(db, conversationKey, lastSequence);
        return appended;
    }
}
