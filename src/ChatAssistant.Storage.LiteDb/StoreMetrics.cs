using System.Diagnostics.Metrics;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>
/// What a citizen's reply waits for inside the store, for operators (any OpenTelemetry or dotnet-counters listener on
/// the meter <see cref="MeterName"/>) and for the bench: a write waits for the group commit in progress, then for its own.
/// </summary>
public static class StoreMetrics
{
    public const string MeterName = "ChatAssistant.Storage";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>One group commit: running its writes, LiteDB's commit and the checkpoint that puts it on disk.</summary>
    internal static readonly Histogram<double> GroupCommit = Meter.CreateHistogram<double>(
        "chatassistant.store.commit.duration", "ms", "One group commit: the writes, the commit and the checkpoint that puts them on disk");

    /// <summary>A write, from its caller queuing it until it is on disk and the caller is told.</summary>
    internal static readonly Histogram<double> DurableWrite = Meter.CreateHistogram<double>(
        "chatassistant.store.write.duration", "ms", "From a write being queued until it is on disk");
}
