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
    /// <summary>The caller's share of the work: JSON is built on the caller's thread, so the single writer thread only writes.</summary>
    public static PreparedTurn Prepare(TurnCommit commit) =>
        new(commit, ConversationDocuments.Serialize(commit.State), commit.Citizen is null ? null : CitizenDocuments.ToCached(commit.Citizen));

    /// <param name="storedCitizen">What the cache says the file holds for the commit's citizen (null: unknown). Only used to skip an unchanged citizen.</param>
    public static TurnApplied Apply(LiteDatabase db, ConversationHeads heads, PreparedTurn turn, CachedCitizen? storedCitizen)
    {
        var commit = turn.Commit;
        var state = commit.State;
        // Authoritative: what this batch or a committed one wrote, else the file; never the readers' cache.
        var head = heads.Get(db, state.Key);
        if (head.Version != state.Version)
        {
            return new TurnApplied(TurnCommitResult.Stale, null, null, Erased: false);
        }

        var lastSequence = head.LastSequence;
        var citizenId = commit.Citizen?.Id ?? state.CitizenId;
        CachedCitizen? writtenCitizen = null;
        if (commit.EraseCitizen && citizenId is not null)
        {
            CitizenErasure.Erase(db, heads, citizenId);
        }
        else if (commit.Citizen is not null && CitizenDocuments.NeedsWrite(storedCitizen, turn.Citizen!))
        {
            CitizenDocuments.Write(db, turn.Citizen!, commit.Citizen.Id);
            writtenCitizen = turn.Citizen;
        }

        var appended = TranscriptDocuments.Append(db, state.Key, commit.Transcript, ref lastSequence);
        var newVersion = head.Version + 1;
        ConversationDocuments.Write(db, heads, state, turn.StateJson, newVersion, lastSequence, head.Exists);
        OutboxWrites.Enqueue(db, commit.Outbox);
        return new TurnApplied(new TurnCommitResult(true, newVersion, appended), turn.StateJson, writtenCitizen, commit.EraseCitizen);
    }

    /// <summary>Activities outside a turn: they take the next sequences but leave the state's version alone.</summary>
    public static IReadOnlyList<TranscriptEntry> AppendTranscript(LiteDatabase db, ConversationHeads heads, string conversationKey, IReadOnlyList<Activity> activities)
    {
        var lastSequence = heads.Get(db, conversationKey).LastSequence;
        var appended = TranscriptDocuments.Append(db, conversationKey, activities, ref lastSequence);
        ConversationDocuments.WriteLastSequence(db, heads, conversationKey, lastSequence);
        return appended;
    }
}

/// <param name="StateJson">The state as JSON.</param>
/// <param name="Citizen">The citizen as it would be written (null: the commit has none).</param>
internal sealed record PreparedTurn(TurnCommit Commit, string StateJson, CachedCitizen? Citizen);

/// <param name="StateJson">The state JSON written (null when stale).</param>
/// <param name="Citizen">The citizen written, or null when it was not (unchanged, erased, none, stale).</param>
internal sealed record TurnApplied(TurnCommitResult Result, string? StateJson, CachedCitizen? Citizen, bool Erased);
