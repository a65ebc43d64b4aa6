using System.Threading.Channels;
using ChatAssistant.Core.Events;
using ChatAssistant.Core.Storage;
using ChatAssistant.Reports.Metrics;
using ChatAssistant.Reports.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Reports.Events;

/// <summary>
/// The <see cref="IUsageEvents"/> of a host with reports: <see cref="Record"/> puts the event in a bounded in-memory
/// queue and returns; a background loop rolls the queued events up into counter increments and adds them in one store
/// call every <see cref="ReportOptions.FlushMilliseconds"/>. So a reply never waits for the reports, and a year of events
/// is a few hundred thousand counters, not millions of rows. What a crash costs: the events of the last flush interval.
/// </summary>
public sealed partial class UsageEventWriter(IReportStore store, IOptions<ReportOptions> options, ILogger<UsageEventWriter> logger)
    : BackgroundService, IUsageEvents
{
    private const int MaxBatch = 50_000;
    private readonly Channel<UsageEvent> _queue = Channel.CreateBounded<UsageEvent>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly UsageRollup _rollup = new(ReportTimeZone.Of(options.Value));
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private List<UsageCounter> _unwritten = [];

    public void Record(UsageEvent usageEvent)
    {
        ArgumentNullException.ThrowIfNull(usageEvent);
        ServiceMetrics.Observe(usageEvent);
        if (!_queue.Writer.TryWrite(usageEvent))
        {
            ServiceMetrics.EventsDropped.Inc();
        }
    }

    /// <summary>Adds everything queued now (tests and shutdown); returns how many events went in.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            var batch = new List<UsageEvent>();
            while (true)
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var e))
                {
                    batch.Add(e);
                }

                if (batch.Count == 0 && _unwritten.Count == 0)
                {
                    return total;
                }

                // Counters a failed call could not add are added with the next batch: the store is away, the counts are not lost.
                var counters = _unwritten.Concat(_rollup.Of(batch)).ToList();
                _unwritten = counters;
                await store.AddAsync(counters, options.Value.MaxQuestionsPerDay, cancellationToken);
                _unwritten = [];
                total += batch.Count;
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.FlushMilliseconds);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(interval, stoppingToken);
                await FlushQuietlyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // At shutdown what is queued still goes in, if the store lets it within a few seconds.
        using var last = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await FlushQuietlyAsync(last.Token);
    }

    private async Task FlushQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is StoreUnavailableException or OperationCanceledException)
        {
            Log.NotWritten(logger, e.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Usage events not added to the reports' counters: {Reason}")]
        public static partial void NotWritten(ILogger logger, string reason);
    }
}
