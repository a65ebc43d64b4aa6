using System.Diagnostics.Metrics;

namespace ChatAssistant.Storage.PostgreSql.Conversations;

/// <summary>
/// A turn's commit as the PostgreSQL store sees it (the statement's round trip), under the same meter and name as the
/// embedded store's group commit, so /metrics shows one "store commit latency" whatever the engine.
/// </summary>
internal static class TurnCommitMetrics
{
    private static readonly Meter Meter = new("ChatAssistant.Storage");

    public static readonly Histogram<double> Commit = Meter.CreateHistogram<double>(
        "chatassistant.store.commit.duration", "ms", "One turn's commit: the statement that stores it, until PostgreSQL answers");
}
