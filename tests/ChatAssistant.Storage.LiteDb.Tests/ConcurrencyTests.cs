using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.LiteDb.Tests;

/// <summary>
/// Every kind of store call at once: readers enter LiteDB while the writer commits, which must neither deadlock nor
/// lose or misread a turn.
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const int Conversations = 40;
    private const int TurnsEach = 25;
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TurnsReadsAndAnErasureAtOnce_EveryTurnLandsAndTheErasedCitizenIsGone()
    {
        using var store = new LiteDbStore(_folder.Path);
        await store.CommitTurnAsync(Turn(NewState("gone", citizenId: "milano:telegram:gone"), "ciao"));

        var work = Enumerable.Range(0, Conversations).Select(i => Task.Run(async () =>
        {
            var key = Key($"c{i}");
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                var state = await store.GetStateAsync(key) ?? NewState($"c{i}", citizenId: $"milano:telegram:{i}");
                Assert.True((await store.CommitTurnAsync(Turn(state, $"turn {turn}"))).Committed, $"c{i} turn {turn} was refused as stale");
                Assert.NotEmpty(await store.ReadTranscriptAsync(key, 0, 5));
            }
        })).ToList();
        work.Add(Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            await store.EraseAsync("milano:telegram:gone");
        }));
        // A deadlock fails here rather than hanging the suite.
        await Task.WhenAll(work).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.True(store.IsOpen);
        for (var i = 0; i < Conversations; i++)
        {
            Assert.Equal(TurnsEach, (await store.GetStateAsync(Key($"c{i}")))!.Version);
        }

        Assert.Null(await store.GetStateAsync(Key("gone")));
    }
}
