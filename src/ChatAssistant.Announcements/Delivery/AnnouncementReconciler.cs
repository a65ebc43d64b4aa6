using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Core.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// Hands scheduled announcements to Hangfire again at start-up and every ChatAssistant:Announcements:ReconcileEvery:
/// Hangfire's in-memory storage forgets its jobs on restart, and an edited time needs a new job. Each (id, time) is
/// scheduled once per process (a cache safe to lose).
/// </summary>
public sealed partial class AnnouncementReconciler(IAnnouncementStore store, IAnnouncementScheduler scheduler, TimeProvider clock,
    IOptions<AnnouncementOptions> options, ILogger<AnnouncementReconciler> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTimeOffset> _scheduled = [];
    private readonly Lock _gate = new();

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var scheduled = await store.ListByStatusAsync(AnnouncementStatus.Scheduled, cancellationToken);
        var count = 0;
        foreach (var a in scheduled)
        {
            lock (_gate)
            {
                if (_scheduled.TryGetValue(a.Id, out var at) && at == a.SendAt && a.SendAt > clock.GetUtcNow())
                {
                    continue;
                }

                _scheduled[a.Id] = a.SendAt;
            }

            scheduler.Schedule(a);
            count++;
        }

        return count;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicPass.RunAsync(options.Value.ReconcileEvery, clock, atStart: true, ReconcileAsync, e => Log.Failed(logger, e), stoppingToken);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled announcements could not be reconciled; trying again at the next pass.")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
