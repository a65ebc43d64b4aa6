using System.Diagnostics.Metrics;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>
/// What a citizen's reply waits for inside the store, for operators (any OpenTelemetry or dotnet-counters listener on
/// the meter <see cref="MeterName"/>) and for the bench: a write waits for the journal flush in progress, then for its
/// own, so the write's tail is about twice the flush's.
/// </summary>
public static class StoreMetrics
{
    public const string MeterName = "ChatAssistant.Storage";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>One journal flush: the write of every record decided meanwhile and one fsync.</summary>
    internal static readonly Histogram<double> JournalFlush = Meter.CreateHistogram<double>(
        "chatassistant.store.journal.flush.duration", "ms", "One journal flush: writing the records decided meanwhile and one fsync");

    /// <summary>A journaled write, from its caller queuing it until it is durable and the caller is told.</summary>
    internal static readonly Histogram<double> DurableWrite = Meter.CreateHistogram<double>(
        "chatassistant.store.write.duration", "ms", "From a write being queued until it is durable in the journal");
}
