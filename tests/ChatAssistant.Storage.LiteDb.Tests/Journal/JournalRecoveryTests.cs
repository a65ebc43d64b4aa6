using ChatAssistant.Core.Activities;
using ChatAssistant.Storage.LiteDb.Conversations;
using ChatAssistant.Storage.LiteDb.Files;
using ChatAssistant.Storage.LiteDb.Journal;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.LiteDb.Tests.Journal;

/// <summary>
/// A write is acknowledged once it is in the journal; the data file gets it moments later. These tests leave records
/// in a journal that the data file lacks (as a crash between the two would) and check what the next open does.
/// </summary>
public sealed class JournalRecoveryTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_JournalHoldsATurnTheFileLacks_TheTurnIsThereBeforeTheFirstRead()
    {
        using (var store = new LiteDbStore(_folder.Path))
        {
            await store.CommitTurnAsync(Turn(NewState("c1"), "ciao")); // journal record 1, applied at the clean stop
        }

        WriteJournal((1, TurnRecord("c1", "must not replace the applied record 1")), (2, TurnRecord("c2", "dopo il crash")));

        using var reopened = new LiteDbStore(_folder.Path);

        var replayed = await reopened.GetStateAsync(Key("c2"));
        Assert.NotNull(replayed);
        Assert.Equal(1, replayed.Version);
        Assert.Equal(["dopo il crash"], await TextsAsync(reopened, "c2"));
        Assert.Equal(["ciao", "answer to ciao"], await TextsAsync(reopened, "c1"));
        Assert.Empty(Directory.GetFiles(_folder.Path, "chatassistant-journal-000001.bin"));

        // The next turn follows the replayed one: version 2, sequences after it.
        var next = await reopened.CommitTurnAsync(Turn(replayed, "ancora"));
        Assert.Equal(2, next.NewVersion);
        Assert.Equal([2L, 3L], next.Appended.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Open_AfterAReplay_RecordNumbersGoOnAndAReopenDoesNotApplyAnythingTwice()
    {
        using (new LiteDbStore(_folder.Path))
        {
        }

        WriteJournal((1, TurnRecord("c1", "uno")));
        using (var store = new LiteDbStore(_folder.Path))
        {
            var state = await store.GetStateAsync(Key("c1"));
            await store.CommitTurnAsync(Turn(state!, "due"));
        }

        using var reopened = new LiteDbStore(_folder.Path);

        Assert.Equal(["uno", "due", "answer to due"], await TextsAsync(reopened, "c1"));
        Assert.Equal(2, (await reopened.GetStateAsync(Key("c1")))!.Version);
    }

    [Fact]
    public async Task Open_JournalRecordTheFileRefuses_OpenIsRefusedNamingTheJournalAndTheJournalIsKept()
    {
        using (var store = new LiteDbStore(_folder.Path))
        {
            await store.CommitTurnAsync(Turn(NewState("c1"), "ciao")); // its transcript document ends at sequence 2
        }

        long lastSequence = 0;
        var clash = TranscriptDocuments.Build(Key("c1"), [Message("c1", "uno"), Message("c1", "due")], ref lastSequence, out _);
        WriteJournal((2, new JournalRecord { Transcript = clash }));

        var refused = Assert.Throws<StoreUnavailableException>(() => new LiteDbStore(_folder.Path));

        Assert.Contains(_folder.Path, refused.Message, StringComparison.Ordinal);
        Assert.Contains("records 2–2", refused.Message, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder.Path, "chatassistant-journal-*.bin"));
        using var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = _folder.DataFile, ReadOnly = true });
        Assert.Equal(1, db.GetCollection(StoreCollections.Transcript).Count());
    }

    private void WriteJournal(params (long Number, JournalRecord Record)[] records)
    {
        using var journal = JournalFile.Open(_folder.Path, JournalRecovery.SegmentBytes, (_, _) => { }, () => { });
        foreach (var (number, record) in records)
        {
            journal.Append(number, record.Serialize());
        }

        journal.Flush();
    }

    /// <summary>What the sequencer decides for a conversation's first turn with one message.</summary>
    private static JournalRecord TurnRecord(string conversationId, string text)
    {
        var state = NewState(conversationId);
        long lastSequence = 0;
        var transcript = TranscriptDocuments.Build(state.Key, [Message(conversationId, text)], ref lastSequence, out _);
        return new JournalRecord
        {
            Conversation = ConversationDocuments.Build(state, ConversationDocuments.Serialize(state), 1, lastSequence),
            Transcript = transcript,
        };
    }

    private static async Task<List<string?>> TextsAsync(LiteDbStore store, string conversationId) =>
        (await store.ReadTranscriptAsync(Key(conversationId), 0, 100)).Select(e => ActivityJson.Deserialize(e.ActivityJson).Text).ToList();
}
