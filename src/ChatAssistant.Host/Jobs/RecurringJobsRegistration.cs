using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Core.Retention;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.Jobs;

/// <summary>
/// Registers the recurring jobs with Hangfire (the retention purges of transcripts and of closed reports at ChatAssistant:Retention:PurgeCron, UTC). In the
/// background and again until it works: a database not reachable yet at start-up must not stop the host. Every host
/// registers the same id, so the job exists once.
/// </summary>
internal sealed partial class RecurringJobsRegistration(
    IRecurringJobManager jobs, IOptions<RetentionOptions> retention, TimeProvider clock, ILogger<RecurringJobsRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                jobs.AddOrUpdate<RetentionPurge>(RetentionPurge.JobId, purge => purge.RunAsync(CancellationToken.None), retention.Value.PurgeCron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                jobs.AddOrUpdate<CivicReportPurge>(CivicReportPurge.JobId, purge => purge.RunAsync(CancellationToken.None), retention.Value.PurgeCron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.NotYet(logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring jobs not registered yet ({Reason}); trying again in 30 s")]
        public static partial void NotYet(ILogger logger, string reason);
    }
}
