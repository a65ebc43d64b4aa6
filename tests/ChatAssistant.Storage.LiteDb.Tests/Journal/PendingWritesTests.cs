using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Caching;
using ChatAssistant.Storage.LiteDb.Journal;

namespace ChatAssistant.Storage.LiteDb.Tests.Journal;

/// <summary>What is journaled but not yet in the data file stays visible to readers until the file has all of it.</summary>
public sealed class PendingWritesTests
{
    private readonly PendingWrites _pending = new();

    [Fact]
    public void Applied_ALaterRecordOfTheConversationIsStillPending_KeepsEverything()
    {
        _pending.Conversation("c1", 1, new CachedState(1, "{}"u8.ToArray()), [Entry(1), Entry(2)]);
        _pending.Conversation("c1", 2, null, [Entry(3)]);

        _pending.Applied(["c1"], [], appliedRecord: 1);

        Assert.True(_pending.TryGetState("c1", out var state));
        Assert.Equal(1, state.Version);
        Assert.Equal([1L, 2L, 3L], _pending.Transcript("c1").Select(e => e.Sequence));
    }

    [Fact]
    public void Applied_EveryRecordOfTheConversation_ForgetsIt()
    {
        _pending.Conversation("c1", 1, new CachedState(1, "{}"u8.ToArray()), [Entry(1)]);
        _pending.Citizen("milano:telegram:1", 1, new CachedCitizen("{}", "{}", default));

        _pending.Applied(["c1"], ["milano:telegram:1"], appliedRecord: 1);

        Assert.False(_pending.TryGetState("c1", out _));
        Assert.Empty(_pending.Transcript("c1"));
        Assert.False(_pending.TryGetCitizen("milano:telegram:1", out _));
    }

    [Fact]
    public void TryGetState_OnlyATranscriptIsPending_IsNotFound()
    {
        _pending.Conversation("c1", 1, null, [Entry(1)]);

        Assert.False(_pending.TryGetState("c1", out _));
        Assert.Single(_pending.Transcript("c1"));
    }

    private static TranscriptEntry Entry(long sequence) => new("c1", sequence, $"c1|{sequence}", "{}", DateTimeOffset.UnixEpoch);
}
