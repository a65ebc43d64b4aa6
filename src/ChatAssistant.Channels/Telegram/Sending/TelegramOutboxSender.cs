using ChatAssistant.Channels.Outbox;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Core.Leases;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.Telegram.Sending;

/// <summary>
/// Drains the durable outbox: one loop and one rate limiter per bot. Each loop claims due messages (the store
/// hands out replies before reminders before announcements, and one message per chat at a time), keeps at most
/// <see cref="TelegramSendingOptions.MaxInFlight"/> of them in hand, and sends each as soon as the bot's budget
/// and the chat's gap allow. With several hosts, one drains each bot's outbox (the holder of its lease), so the bot's
/// rate limit holds across hosts.
/// </summary>
public sealed class TelegramOutboxSender(
    TelegramBots bots,
    LeasedWork leases,
    IOutboxStore outbox,
    TelegramDelivery delivery,
    TimeProvider clock,
    IOptions<TelegramOptions> options,
    ILogger<TelegramOutboxSender> logger) : BackgroundService
{
    private readonly TelegramSendingOptions _options = options.Value.Sending;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(bots.All.Select(bot => leases.RunAsync("telegram-outbox:" + bot.Tenant, held => RunBotAsync(bot, held), stoppingToken)));

    public OutboxRateLimiter CreateLimiter() => new(clock, _options.MaxMessagesPerWindow,
        TimeSpan.FromMilliseconds(_options.RateWindowMilliseconds), TimeSpan.FromMilliseconds(_options.PerChatIntervalMilliseconds));

    private async Task RunBotAsync(TelegramBot bot, CancellationToken stopping)
    {
        var limiter = CreateLimiter();
        var inFlight = new Dictionary<string, Task>(StringComparer.Ordinal);
        var idle = TimeSpan.FromMilliseconds(_options.IdlePollMilliseconds);
        var storeFailures = 0;
        while (!stopping.IsCancellationRequested)
        {
            foreach (var done in inFlight.Where(kv => kv.Value.IsCompleted).Select(kv => kv.Key).ToList())
            {
                inFlight.Remove(done);
            }

            IReadOnlyList<OutboxMessage> claimed = [];
            var free = _options.MaxInFlight - inFlight.Count;
            var now = clock.GetUtcNow();

            // Refill in batches, not one by one: every claim is a store write queued before the "sent" marks, and
            // the shorter the wait for those marks, the smaller the window in which a crash can send a message twice.
            var refill = inFlight.Count == 0 || free >= Math.Max(1, Math.Min(_options.ClaimBatchSize, _options.MaxInFlight) / 2);
            if (refill && limiter.PausedUntil <= now)
            {
                try
                {
                    claimed = await outbox.ClaimDueAsync(bot.Tenant, now, Math.Min(free, _options.ClaimBatchSize),
                        now.AddSeconds(_options.LeaseSeconds), stopping);
                    storeFailures = 0;
                }
                catch (Exception ex) when (!stopping.IsCancellationRequested)
                {
                    storeFailures++;
                    logger.LogError(ex, "{Bot}: could not read the outbox; trying again", bot);
                    await DelayAsync(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, storeFailures))), stopping);
                    continue;
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var leaseUntil = now.AddSeconds(_options.LeaseSeconds);
            foreach (var message in claimed.Where(m => !inFlight.ContainsKey(m.Id)))
            {
                inFlight[message.Id] = DeliverSafelyAsync(bot, message, limiter, leaseUntil, stopping);
            }

            if (claimed.Count == 0 || !refill || inFlight.Count >= _options.MaxInFlight)
            {
                var waits = inFlight.Values.Append(Task.Delay(idle, clock, stopping)).ToArray();
                await Task.WhenAny(waits);
            }
        }

        // Let the ones in hand finish (they hand their message back if they have not sent yet).
        await Task.WhenAll(inFlight.Values);
    }

    private async Task DeliverSafelyAsync(TelegramBot bot, OutboxMessage message, OutboxRateLimiter limiter, DateTimeOffset leaseUntil, CancellationToken stopping)
    {
        try
        {
            await delivery.DeliverAsync(bot, message, limiter, leaseUntil, stopping);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever it was, it counts toward MaxAttempts: a poison message is set aside and its chat moves on.
            logger.LogError(ex, "{Bot}: message {Message} failed unexpectedly (attempt {Attempt})", bot, message.Id, message.Attempts);
            await delivery.OnUnexpectedAsync(bot, message, ex);
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
}
