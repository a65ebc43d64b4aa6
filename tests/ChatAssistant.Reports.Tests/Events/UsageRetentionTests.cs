using ChatAssistant.Core.Retention;
using ChatAssistant.Reports.Events;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.LiteDb.Reports;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Reports.Tests.Events;

public sealed class UsageRetentionTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chatassistant-usage-retention-");

    [Fact]
    public async Task Purge_KeepsTheConfiguredNumberOfDays_AndSaysWhatWent()
    {
        using var store = new LiteDbStore(_folder.FullName);
        var reports = new LiteDbReportStore(store);
        var today = new DateOnly(2026, 12, 5);
        await reports.AddAsync(
        [
            new UsageCounter("milano", today.AddDays(-31), Dimensions.Topic, "spid-ottenere", 4),
            new UsageCounter("milano", today.AddDays(-30), Dimensions.Topic, "spid-ottenere", 2),
        ], 100);
        var retention = new UsageRetention(reports, Options.Create(new RetentionOptions { UsageEventDays = 30 }), Options.Create(new ReportOptions()));

        var line = await retention.PurgeAsync(new DateTimeOffset(2026, 12, 5, 2, 17, 0, TimeSpan.Zero), default);

        Assert.Equal("1 days of usage counters older than 30 days deleted", line);
        var left = await reports.ReadAsync("milano", today.AddDays(-60), today, 20);
        Assert.Equal(2, Assert.Single(left).Count);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
