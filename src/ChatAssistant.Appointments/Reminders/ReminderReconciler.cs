using ChatAssistant.Appointments.Storage;
using ChatAssistant.Core.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// Schedules pending reminders again at start-up and every few minutes: Hangfire's in-memory storage forgets its jobs
/// on restart, and a job whose host died leaves its reminder claimed until the claim runs out. The ids already handed
/// to Hangfire by this process are remembered so each is scheduled once per process (a cache safe to lose).
/// </summary>
public sealed partial class ReminderReconciler(IAppointmentStore store, IReminderScheduler scheduler, TimeProvider clock, IOptions<AppointmentOptions> options, ILogger<ReminderReconciler> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTimeOffset> _scheduled = [];

    /// <summary>One pass: schedules what is pending and due within the look-ahead; returns how many it scheduled.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var pending = await store.ListPendingRemindersAsync(now, now + options.Value.ReconcileLookAhead, cancellationToken);
        var count = 0;
        foreach (var reminder in pending)
        {
            // A reminder whose claim ran out is scheduled again even if this process scheduled it before.
            var expiredClaim = reminder.Status == ReminderStatus.Sending;
            if (!expiredClaim && _scheduled.TryGetValue(reminder.Id, out var due) && due == reminder.DueAt)
            {
                continue;
            }

            scheduler.Schedule(reminder);
            _scheduled[reminder.Id] = reminder.DueAt;
            count++;
        }

        if (count > 0)
        {
            Log.Scheduled(logger, count);
        }

        return count;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicPass.RunAsync(options.Value.ReconcileEvery, clock, atStart: true, ReconcileAsync, e => Log.Failed(logger, e), stoppingToken);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Reminders: {Count} scheduled again.")]
        public static partial void Scheduled(ILogger logger, int count);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Reminders could not be reconciled; trying again at the next pass.")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
