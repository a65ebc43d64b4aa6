using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.LiteDb.Tests;

/// <summary>Turns queued together share one commit; one that LiteDB refuses must not take the others down with it.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CommitTurnAsync_OneTurnLiteDbCannotStoreAmongMany_OnlyThatTurnFailsAndTheOthersLand()
    {
        using var store = new LiteDbStore(_folder.Path);
        // LiteDB's index keys are at most 1,023 bytes: this conversation cannot be stored.
        var tooLong = NewState(new string('x', 2_000));

        var good = Enumerable.Range(0, 50).Select(i => store.CommitTurnAsync(Turn(NewState($"c{i}"), "ciao"))).ToList();
        var bad = store.CommitTurnAsync(Turn(tooLong, "ciao"));
        var more = Enumerable.Range(50, 50).Select(i => store.CommitTurnAsync(Turn(NewState($"c{i}"), "ciao"))).ToList();

        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        Assert.All(await Task.WhenAll(good.Concat(more)), result => Assert.True(result.Committed));
        Assert.True(store.IsOpen);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(["ciao", "answer to ciao"], await TextsAsync(store, Key($"c{i}")));
        }
    }
}
