using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ChatAssistant.Storage.LiteDb;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// The store's own latency histograms during one run (<see cref="StoreMetrics"/>): how long group commits took,
/// and how long writes waited inside the store until durable, which tells the store's share of a turn's tail.
/// </summary>
internal sealed class StoreLatencies : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _values = new();

    public StoreLatencies()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == StoreMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            _values.GetOrAdd(instrument.Name, _ => new ConcurrentQueue<double>()).Enqueue(value));
        _listener.Start();
    }

    /// <summary>One line per instrument seen: count, p50, p99 and maximum in milliseconds.</summary>
    public IEnumerable<string> Summary() =>
        _values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair =>
        {
            var sorted = pair.Value.Order().ToList();
            return $"{pair.Key}: {sorted.Count:N0} measured, p50 {sorted[sorted.Count / 2]:F2} ms, p99 {sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.99))]:F2} ms, max {sorted[^1]:F1} ms";
        });

    public void Dispose() => _listener.Dispose();
}
