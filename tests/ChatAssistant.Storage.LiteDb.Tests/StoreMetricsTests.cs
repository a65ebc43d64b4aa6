using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.LiteDb.Tests;

/// <summary>What an operator's metrics listener sees of the store: how long writes wait to be durable, and group commits.</summary>
public sealed class StoreMetricsTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CommitTurnAsync_ListenerOnTheStoreMeter_SeesEachWriteAndTheCommitsThatMadeThemDurable()
    {
        // Other tests in this process use the store meanwhile: their measurements only add to these counts.
        var measured = new ConcurrentBag<(string Instrument, double Milliseconds)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StoreMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measured.Add((instrument.Name, value)));
        listener.Start();

        using (var store = new LiteDbStore(_folder.Path))
        {
            var state = NewState("c1");
            for (var turn = 0; turn < 3; turn++)
            {
                await store.CommitTurnAsync(Turn(state, $"message {turn}"));
            }
        }

        var writes = measured.Where(m => m.Instrument == "chatassistant.store.write.duration").ToList();
        var commits = measured.Where(m => m.Instrument == "chatassistant.store.commit.duration").ToList();
        Assert.True(writes.Count >= 3, $"{writes.Count} write durations measured for 3 committed turns");
        Assert.True(commits.Count >= 1, "no group commit measured");
        Assert.All(writes.Concat(commits), m => Assert.InRange(m.Milliseconds, 0, 60_000));
    }
}
