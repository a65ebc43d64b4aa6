using System.Diagnostics;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Core.Leases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatAssistant.Channels.Telegram.Receiving;

/// <summary>
/// Long polling for the bots in Polling mode: our own getUpdates loop (not Telegram.Bot's receiver) so backoff,
/// the empty-batch pause and the offset are ours. Updates of different chats run in parallel, each chat's in order.
/// The offset moves past a batch only when every update in it was handled; a batch that failed comes again and the
/// pipeline's dedupe drops what was already done. With several hosts, one polls each bot: the holder of its lease.
/// </summary>
public sealed class TelegramPollingService(
    TelegramBots bots,
    LeasedWork leases,
    TelegramUpdateHandler handler,
    TimeProvider clock,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private const int MaxBatchAttempts = 5;
    private readonly TelegramPollingOptions _options = options.Value.Polling;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(bots.All.Where(b => b.Options.Mode == TelegramReceiveMode.Polling)
            .Select(bot => leases.RunAsync("telegram-polling:" + bot.Tenant, held => PollAsync(bot, held), stoppingToken)));

    private async Task PollAsync(TelegramBot bot, CancellationToken stopping)
    {
        int? offset = null;
        int? failingBatchEnd = null;
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                var updates = await bot.Client.GetUpdates(offset, limit: 100, timeout: _options.TimeoutSeconds, allowedUpdates: Wanted, cancellationToken: stopping);
                if (updates.Length == 0)
                {
                    failures = 0;
                    if (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1))
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(_options.EmptyBatchDelayMilliseconds), clock, stopping);
                    }

                    continue;
                }

                failingBatchEnd = updates.Max(u => u.Id) + 1;
                await HandleBatchAsync(bot, updates, stopping);
                offset = failingBatchEnd;
                failingBatchEnd = null;
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                if (failingBatchEnd is { } end && failures >= MaxBatchAttempts)
                {
                    // A poisoned update must not stop the bot for everyone else.
                    logger.LogError(ex, "{Bot}: updates before {Offset} failed {Failures} times; skipping them", bot, end, failures);
                    offset = end;
                    failingBatchEnd = null;
                    failures = 0;
                    continue;
                }

                var backoff = TimeSpan.FromSeconds(Math.Min(_options.MaxBackoffSeconds, Math.Pow(2, Math.Min(failures, 16) - 1)));
                logger.LogWarning("{Bot}: polling failed ({Reason}); trying again in {Seconds} s", bot, ex.Message, backoff.TotalSeconds);
                try
                {
                    await Task.Delay(backoff, clock, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private Task HandleBatchAsync(TelegramBot bot, Update[] updates, CancellationToken stopping) =>
        Task.WhenAll(updates.GroupBy(ChatOf).Select(async chat =>
        {
            foreach (var update in chat.OrderBy(u => u.Id))
            {
                await handler.HandleAsync(bot, update, stopping);
            }
        }));

    private static long ChatOf(Update update) => update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? 0;
}
