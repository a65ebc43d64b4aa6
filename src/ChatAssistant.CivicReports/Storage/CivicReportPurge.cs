using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.CivicReports.Storage;

/// <summary>
/// The recurring purge of closed reports older than ChatAssistant:CivicReports:ClosedRetentionDays, photos with them.
/// Idempotent: twice, or on two hosts at once, deletes nothing more.
/// </summary>
public sealed partial class CivicReportPurge(ICivicReportStore store, TimeProvider clock, IOptions<CivicReportOptions> options, ILogger<CivicReportPurge> logger)
{
    public const string JobId = "civic-reports-purge";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.ClosedRetentionDays;
        var purged = await store.PurgeClosedAsync(clock.GetUtcNow().AddDays(-days), cancellationToken);
        LogPurged(logger, purged, days);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Civic reports purge: {Count} reports closed more than {Days} days ago deleted, with their photos")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}
