using ChatAssistant.Core.Retention;
using ChatAssistant.Reports.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Reports.Events;

/// <summary>The daily purge's share for the reports: days of counters older than <see cref="RetentionOptions.UsageEventDays"/>.</summary>
public sealed class UsageRetention(IReportStore store, IOptions<RetentionOptions> retention, IOptions<ReportOptions> options) : IRetentionPart
{
    public async Task<string> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = retention.Value.UsageEventDays;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ReportTimeZone.Of(options.Value)).DateTime);
        var purged = await store.PurgeBeforeAsync(today.AddDays(-days), cancellationToken);
        return $"{purged} days of usage counters older than {days} days deleted";
    }
}
