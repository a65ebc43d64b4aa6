using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Batching;
using ChatAssistant.Storage.LiteDb.Caching;
using ChatAssistant.Storage.LiteDb.Citizens;
using ChatAssistant.Storage.LiteDb.Journal;
using ChatAssistant.Storage.LiteDb.Outbox;

namespace ChatAssistant.Storage.LiteDb.Conversations;

/// <summary>
/// Decides, on the sequencer thread, what a turn or a transcript append writes. The version check reads the heads
/// the sequencer decided, so two turns of one conversation queued together are checked against each other: the
/// second one is stale.
/// </summary>
internal sealed class TurnDecisions(ConversationHeads heads, OutboxNumbering outbox)
{
    /// <summary>The caller's share of the work: JSON is built on the caller's thread, so the sequencer only decides.</summary>
    public static PreparedTurn Prepare(TurnCommit commit) =>
        new(commit, ConversationDocuments.Serialize(commit.State), commit.Citizen is null ? null : CitizenDocuments.ToCached(commit.Citizen));

    /// <param name="storedCitizen">What the read cache holds for the commit's citizen (null: unknown). Only used to skip an unchanged citizen.</param>
    public Decision<TurnApplied> Turn(IDecisionContext context, PreparedTurn turn, CachedCitizen? storedCitizen)
    {
        var commit = turn.Commit;
        var state = commit.State;
        var head = heads.Get(context.Database, state.Key);
        if (head.Version != state.Version)
        {
            return new(null, new TurnApplied(TurnCommitResult.Stale, null, null, Erased: false));
        }

        var citizenId = commit.Citizen?.Id ?? state.CitizenId;
        CachedCitizen? writtenCitizen = null;
        var erased = commit.EraseCitizen && citizenId is not null;
        if (erased)
        {
            Erase(context, citizenId!);
        }
        else if (commit.Citizen is not null && CitizenDocuments.NeedsWrite(storedCitizen, turn.Citizen!))
        {
            writtenCitizen = turn.Citizen;
        }

        // Erasure leaves the conversation's last sequence as it was.
        var lastSequence = head.LastSequence;
        var transcript = TranscriptDocuments.Build(state.Key, commit.Transcript, ref lastSequence, out var appended);
        var newVersion = head.Version + 1;
        var record = new JournalRecord
        {
            Conversation = ConversationDocuments.Build(state, turn.StateUtf8Json, newVersion, lastSequence),
            Transcript = transcript,
            Citizen = writtenCitizen is null ? null : CitizenDocuments.Build(writtenCitizen, commit.Citizen!.Id),
            Outbox = commit.Outbox.Count == 0 ? null : outbox.Number(commit.Outbox),
            OutboxSequence = outbox.Last,
        }.EnsureStorable();
        heads.Set(state.Key, new ConversationHead(newVersion, lastSequence), context.NextRecord);
        return new(record, new TurnApplied(new TurnCommitResult(true, newVersion, appended), turn.StateUtf8Json, writtenCitizen, erased));
    }

    /// <summary>Activities outside a turn: they take the next sequences but leave the state's version alone.</summary>
    public Decision<IReadOnlyList<TranscriptEntry>> Append(IDecisionContext context, string conversationKey, IReadOnlyList<Activity> activities)
    {
        var head = heads.Get(context.Database, conversationKey);
        var lastSequence = head.LastSequence;
        var transcript = TranscriptDocuments.Build(conversationKey, activities, ref lastSequence, out var appended);
        var record = new JournalRecord { TranscriptHead = (conversationKey, lastSequence), Transcript = transcript }.EnsureStorable();
        heads.Set(conversationKey, head with { LastSequence = lastSequence }, context.NextRecord);
        return new(record, appended);
    }

    /// <summary>Messages to send outside a turn (announcements, a volunteer's reply).</summary>
    public Decision<bool> Enqueue(IReadOnlyList<OutboxMessage> messages) =>
        new(new JournalRecord { Outbox = outbox.Number(messages), OutboxSequence = outbox.Last }.EnsureStorable(), true);

    /// <summary>Erases a citizen from the file directly (see <see cref="CitizenErasure"/>); their conversations' heads go back to version 0.</summary>
    public void Erase(IDecisionContext context, string citizenId)
    {
        foreach (var (key, lastSequence) in context.RunOnDataFile(db => CitizenErasure.Erase(db, citizenId)))
        {
            heads.Set(key, new ConversationHead(0, lastSequence), 0);
        }
    }
}

/// <param name="StateUtf8Json">The state as UTF-8 JSON.</param>
/// <param name="Citizen">The citizen as it would be written (null: the commit has none).</param>
internal sealed record PreparedTurn(TurnCommit Commit, byte[] StateUtf8Json, CachedCitizen? Citizen);

/// <param name="StateUtf8Json">The state written, as UTF-8 JSON (null when stale).</param>
/// <param name="Citizen">The citizen written, or null when it was not (unchanged, erased, none, stale).</param>
internal sealed record TurnApplied(TurnCommitResult Result, byte[]? StateUtf8Json, CachedCitizen? Citizen, bool Erased);
