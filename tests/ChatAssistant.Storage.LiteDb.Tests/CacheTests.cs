using ChatAssistant.Core.Storage;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.LiteDb.Tests;

/// <summary>The store's in-memory caches (states, citizens, the writer's conversation heads) never change what a caller sees.</summary>
public sealed class CacheTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GetStateAsync_CallerChangesWhatItWasGiven_NextReadIsUnchanged()
    {
        using var store = new LiteDbStore(_folder.Path);
        await store.CommitTurnAsync(Turn(NewState("c1"), "ciao"));

        var first = await store.GetStateAsync(Key("c1"));
        first!.Memory["x"] = "changed";
        first.Version = 99;
        var second = await store.GetStateAsync(Key("c1"));

        Assert.Equal(1, second!.Version);
        Assert.False(second.Memory.ContainsKey("x"));
    }

    [Fact]
    public async Task CommitTurnAsync_StaleVersion_IsStaleAndTheNextReadHasTheStoredVersion()
    {
        using var store = new LiteDbStore(_folder.Path);
        await store.CommitTurnAsync(Turn(NewState("c1"), "one"));
        var loaded = await store.GetStateAsync(Key("c1"));
        Assert.True((await store.CommitTurnAsync(Turn(loaded!, "two"))).Committed);

        var old = NewState("c1");
        old.Version = 1;
        Assert.False((await store.CommitTurnAsync(Turn(old, "late"))).Committed);

        Assert.Equal(2, (await store.GetStateAsync(Key("c1")))!.Version);
    }

    [Fact]
    public async Task CommitTurnAsync_CitizenOnlySeenAgainWithinAMinute_KeepsTheStoredLastSeenButOtherChangesLand()
    {
        using (var store = new LiteDbStore(_folder.Path))
        {
            var citizen = Citizen("milano:telegram:1");
            citizen.LastSeenAt = Noon;
            var state = NewState("c1");
            await store.CommitTurnAsync(new TurnCommit { State = state, Citizen = citizen });

            citizen.LastSeenAt = Noon.AddSeconds(30);
            await store.CommitTurnAsync(new TurnCommit { State = state, Citizen = citizen });
            Assert.Equal(Noon, (await store.GetAsync(citizen.Id))!.LastSeenAt);

            citizen.Language = "en";
            await store.CommitTurnAsync(new TurnCommit { State = state, Citizen = citizen });
        }

        using var reopened = new LiteDbStore(_folder.Path);
        var stored = await reopened.GetAsync("milano:telegram:1");
        Assert.Equal("en", stored!.Language);
        Assert.Equal(Noon.AddSeconds(30), stored.LastSeenAt);
    }

    [Fact]
    public async Task CommitTurnAsync_OneBadWriteInABatch_OnlyItFailsAndTheOthersGoOnFromTheRightVersion()
    {
        using var store = new LiteDbStore(_folder.Path);
        var good = Enumerable.Range(0, 20).Select(i => store.CommitTurnAsync(Turn(NewState($"c{i}"), "ciao"))).ToList();
        // LiteDB refuses index keys over 1,023 bytes: this turn is refused before it is journaled, in the same batch as the others.
        var bad = store.CommitTurnAsync(Turn(NewState(new string('x', 2_000)), "too long"));

        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        Assert.All(await Task.WhenAll(good), result => Assert.True(result.Committed));
        var next = await store.CommitTurnAsync(Turn((await store.GetStateAsync(Key("c19")))!, "di nuovo"));

        Assert.True(next.Committed);
        Assert.Equal(2, next.NewVersion);
        Assert.Equal([3L, 4L], next.Appended.Select(e => e.Sequence));
    }

    [Fact]
    public async Task GetStateAsync_AfterEraseAsync_IsNullEvenIfItWasCached()
    {
        using var store = new LiteDbStore(_folder.Path);
        await store.CommitTurnAsync(Turn(NewState("c1"), "ciao"));
        Assert.NotNull(await store.GetStateAsync(Key("c1")));
        Assert.NotNull(await store.GetAsync("milano:telegram:1") ?? new Core.Citizens.Citizen { Id = "x", TenantId = "milano", ChannelId = "telegram", ChannelUserId = "1" });

        await store.EraseAsync("milano:telegram:1");

        Assert.Null(await store.GetStateAsync(Key("c1")));
        Assert.Null(await store.GetAsync("milano:telegram:1"));
    }
}
