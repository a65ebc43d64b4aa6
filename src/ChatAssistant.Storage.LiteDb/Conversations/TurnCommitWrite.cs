using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Citizens;
using ChatAssistant.Storage.LiteDb.Outbox;
using ChatAssistant.Storage.LiteDb.Caching;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Conversations;

/// <summary>
/// Applies one turn inside the writer's batch transaction. The version check reads through the same transaction,
/// so two turns of one conversation in one batch are checked against each other: the second one is stale.
/// </summary>
internal static class TurnCommitWrite
{
    /// <param name="storedCitizen">What the cache says the file holds for the commit's citizen (null: unknown). Only used to skip an unchanged citizen.</param>
    public static TurnApplied Apply(LiteDatabase db, TurnCommit commit, CachedCitizen? storedCitizen)
    {
        var state = commit.State;
        // Authoritative: read through the batch's transaction, never from a cache.
        var head = ConversationDocuments.ReadHead(db, state.Key);
        if (head.Version != state.Version)
        {
            return new TurnApplied(TurnCommitResult.Stale, null, null, Erased: false);
        }

        var lastSequence = head.LastSequence;
        var exists = head.Exists;
        var citizenId = commit.Citizen?.Id ?? state.CitizenId;
        CachedCitizen? writtenCitizen = null;
        if (commit.EraseCitizen && citizenId is not null)
        {
            exists = exists && !CitizenErasure.Erase(db, citizenId).ContainsKey(state.Key);
        }
        else if (commit.Citizen is not null)
        {
            var next = CitizenDocuments.ToCached(commit.Citizen);
            if (CitizenDocuments.NeedsWrite(storedCitizen, next))
            {
                CitizenDocuments.Write(db, next, commit.Citizen.Id);
                writtenCitizen = next;
            }
        }

        var appended = TranscriptDocuments.Append(db, state.Key, commit.Transcript, ref lastSequence);
        var newVersion = head.Version + 1;
        var json = ConversationDocuments.Write(db, state, newVersion, lastSequence, exists);
        if (commit.ProcessedMessageKey is { } processedKey)
        {
            db.GetCollection(StoreCollections.Processed).Upsert(new BsonDocument { ["_id"] = processedKey });
        }

        OutboxWrites.Enqueue(db, commit.Outbox);
        return new TurnApplied(new TurnCommitResult(true, newVersion, appended), json, writtenCitizen, commit.EraseCitizen);
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

/// <param name="StateJson">The state JSON written (null when stale).</param>
/// <param name="Citizen">The citizen written, or null when it was not (unchanged, erased, none, stale).</param>
internal sealed record TurnApplied(TurnCommitResult Result, string? StateJson, CachedCitizen? Citizen, bool Erased);
