using System.Threading.Channels;
using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Core.Leases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// Delivers announcements on one host only: the holder of the "announcements" lease (<see cref="LeasedWork"/>). It
/// wakes on a signal (a new or started announcement, on any host) or every PollEvery, and runs each sending
/// announcement's pass. A host that dies mid-delivery loses the lease; the next holder resumes from the recipients'
/// records, and the outbox ids keep every copy to one send.
/// </summary>
public sealed partial class AnnouncementDeliveryWorker(
    LeasedWork leases,
    IAnnouncementStore store,
    AnnouncementDelivery delivery,
    IAnnouncementSignals signals,
    TimeProvider clock,
    IOptions<AnnouncementOptions> options,
    ILogger<AnnouncementDeliveryWorker> logger) : BackgroundService
{
    public const string LeaseName = "announcements";

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscription = signals.Subscribe(_ => _wake.Writer.TryWrite(true));
        stoppingToken.Register(subscription.Dispose);
        return leases.RunAsync(LeaseName, RunAsync, stoppingToken);
    }

    private async Task RunAsync(CancellationToken held)
    {
        while (!held.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                foreach (var announcement in await store.ListByStatusAsync(AnnouncementStatus.Sending, held))
                {
                    busy |= !await delivery.RunAsync(announcement, held);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.PassFailed(logger, ex);
            }

            // While copies are in flight the counts move without a signal from here: look again soon.
            var pause = busy ? TimeSpan.FromMilliseconds(Math.Min(500, options.Value.PollEvery.TotalMilliseconds)) : options.Value.PollEvery;
            using var wait = new CancellationTokenSource(pause, clock);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(held, wait.Token);
            try
            {
                await _wake.Reader.ReadAsync(either.Token);
            }
            catch (OperationCanceledException) when (!held.IsCancellationRequested)
            {
                // The poll interval passed.
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Announcement delivery pass failed; trying again at the next.")]
        public static partial void PassFailed(ILogger logger, Exception exception);
    }
}
