using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.Contract;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests.Conversations;

/// <summary>Two hosts commit turns of the same conversation from the same loaded version: exactly one wins, on the database alone.</summary>
public sealed class TwoHostsCommitTests : SchemaPerTest
{
    [Fact]
    public async Task CommitTurnAsync_TwoHostsSameVersion_ExactlyOneWinsAndOnlyItsTurnIsStored()
    {
        var hostA = Schema.OpenStores("a");
        var hostB = Schema.OpenStores("b");
        await using var _ = hostA.Owner;
        await using var __ = hostB.Owner;

        for (var c = 0; c < 25; c++)
        {
            var key = Key($"race{c}");
            // New conversation (version 0 on both), then a saved one (version 1 loaded by both).
            for (var round = 0; round < 2; round++)
            {
                var loadedA = await hostA.Conversations.GetStateAsync(key) ?? NewState($"race{c}");
                var loadedB = await hostB.Conversations.GetStateAsync(key) ?? NewState($"race{c}");
                Assert.Equal(loadedA.Version, loadedB.Version);

                var results = await Task.WhenAll(
                    Task.Run(() => hostA.Conversations.CommitTurnAsync(Turn(loadedA, $"a{round}", [OutboxMessage($"{key}-a{round}", $"race{c}")]))),
                    Task.Run(() => hostB.Conversations.CommitTurnAsync(Turn(loadedB, $"b{round}", [OutboxMessage($"{key}-b{round}", $"race{c}")]))));

                var winner = Assert.Single(results, r => r.Committed);
                Assert.Equal(round + 1, winner.NewVersion);
                Assert.Equal(TurnCommitResult.Stale, Assert.Single(results, r => !r.Committed));
            }

            var texts = await TextsAsync(hostA.Conversations, key);
            Assert.Equal(4, texts.Count);
            Assert.Equal([1L, 2L, 3L, 4L], (await hostB.Conversations.ReadTranscriptAsync(key, 0, 10)).Select(e => e.Sequence));
            Assert.Equal(2, (await hostB.Conversations.GetStateAsync(key))!.Version);
        }

        // One reply per winning turn, none from a losing one.
        Assert.Equal(50, (await hostA.Outbox.CountAsync("milano")).Pending);
    }

    [Fact]
    public async Task AppendTranscriptAsync_TwoHostsAtOnce_SequencesHaveNoGapsAndNoTwins()
    {
        var hostA = Schema.OpenStores("a");
        var hostB = Schema.OpenStores("b");
        await using var _ = hostA.Owner;
        await using var __ = hostB.Owner;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? hostA : hostB).Conversations.AppendTranscriptAsync(Key("shared"), [Message("shared", $"m{i}"), Message("shared", $"m{i}b")]))));

        var entries = await hostA.Conversations.ReadTranscriptAsync(Key("shared"), 0, 1000);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), entries.Select(e => e.Sequence));
    }
}
