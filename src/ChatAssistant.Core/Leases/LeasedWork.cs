using System.Globalization;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Core.Leases;

/// <summary>
/// Runs a piece of work only while this host holds its lease: waits for the lease, starts the work, renews the lease
/// every third of its duration, and stops the work as soon as a renewal fails (another host may take over once the
/// lease expires, so the work must already have stopped by then). When this host stops, it releases the lease so that
/// another host takes over at once.
/// </summary>
public sealed partial class LeasedWork(ILeaseStore leases, TimeProvider clock, IOptions<LeaseOptions> options, ILogger<LeasedWork> logger)
{
    private readonly TimeSpan _duration = TimeSpan.FromSeconds(Math.Max(3, options.Value.DurationSeconds));

    /// <summary>This host, as named in its leases.</summary>
    public string Holder { get; } = options.Value.HostName is { Length: > 0 } name
        ? name
        : string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    /// <summary>Runs <paramref name="work"/> whenever this host holds <paramref name="leaseName"/>, until <paramref name="stopping"/>.</summary>
    public async Task RunAsync(string leaseName, Func<CancellationToken, Task> work, CancellationToken stopping)
    {
        var renewEvery = _duration / 3;
        while (!stopping.IsCancellationRequested)
        {
            if (!await TryAcquireAsync(leaseName, stopping))
            {
                await DelayAsync(renewEvery, stopping);
                continue;
            }

            Log.Acquired(logger, leaseName, Holder);
            using var held = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var running = Task.Run(() => work(held.Token), CancellationToken.None);
            while (!running.IsCompleted)
            {
                await Task.WhenAny(running, Task.Delay(renewEvery, clock, stopping).ContinueWith(_ => { }, TaskScheduler.Default));
                if (running.IsCompleted || stopping.IsCancellationRequested)
                {
                    break;
                }

                if (!await TryAcquireAsync(leaseName, stopping))
                {
                    Log.Lost(logger, leaseName, Holder);
                    break;
                }
            }

            await held.CancelAsync();
            await ObserveAsync(running, leaseName);
            if (stopping.IsCancellationRequested)
            {
                await ReleaseAsync(leaseName);
            }
        }
    }

    private async Task<bool> TryAcquireAsync(string leaseName, CancellationToken stopping)
    {
        var now = clock.GetUtcNow();
        try
        {
            return await leases.TryAcquireAsync(leaseName, Holder, now, now + _duration, stopping);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            // The store is away: count the lease as lost, so two hosts never both believe they hold it.
            Log.StoreFailed(logger, ex, leaseName);
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ReleaseAsync(string leaseName)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(leaseName, Holder, timeout.Token);
        }
        catch (Exception ex)
        {
            // It expires by itself.
            Log.StoreFailed(logger, ex, leaseName);
        }
    }

    private async Task ObserveAsync(Task running, string leaseName)
    {
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopped because the lease was lost or the host is stopping.
        }
        catch (Exception ex)
        {
            Log.WorkFailed(logger, ex, leaseName);
        }
    }

    private async Task DelayAsync(TimeSpan wait, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(wait, clock, stopping);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Information, "Lease {Lease} taken by {Holder}")]
        public static partial void Acquired(ILogger logger, string lease, string holder);

        [LoggerMessage(LogLevel.Warning, "Lease {Lease} lost by {Holder}: its work stops here")]
        public static partial void Lost(ILogger logger, string lease, string holder);

        [LoggerMessage(LogLevel.Warning, "Lease {Lease}: the store could not be asked")]
        public static partial void StoreFailed(ILogger logger, Exception exception, string lease);

        [LoggerMessage(LogLevel.Error, "Work under lease {Lease} failed")]
        public static partial void WorkFailed(ILogger logger, Exception exception, string lease);
    }
}
