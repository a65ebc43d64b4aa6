using System.Collections.Concurrent;
using System.Diagnostics;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Core.Leases;
using ChatAssistant.Core.Storage;
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
/// The offset moves past a batch only when every update in it was handled or set aside; a batch that failed comes
/// again and the pipeline's dedupe drops what was already done. Failures of the network or of the store only back
/// off: nothing is ever dropped for them. An update that fails on its own <see cref="TelegramPollingOptions.PoisonAttempts"/>
/// times while the store is healthy is set aside alone, with an error log line naming it, so its chat and the
/// others go on. With several hosts, one polls each bot: the holder of its lease.
/// </summary>
public sealed partial class TelegramPollingService(
    TelegramBots bots,
    LeasedWork leases,
    TelegramUpdateHandler handler,
    TimeProvider clock,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger,
    IStoreHealth? storeHealth = null) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private readonly TelegramPollingOptions _options = options.Value.Polling;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(bots.All.Where(b => b.Options.Mode == TelegramReceiveMode.Polling)
            .Select(bot => leases.RunAsync("telegram-polling:" + bot.Tenant, held => PollAsync(bot, held), stoppingToken)));

    private async Task PollAsync(TelegramBot bot, CancellationToken stopping)
    {
        int? offset = null;
        var failures = 0;
        // Failed attempts per update id, for updates that failed on their own (not for a network or store failure).
        var attempts = new ConcurrentDictionary<int, int>();
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

                if (await HandleBatchAsync(bot, updates, attempts, stopping))
                {
                    offset = updates.Max(u => u.Id) + 1;
                    failures = 0;
                    continue;
                }

                failures++;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // getUpdates itself failed: the network or Telegram. Nothing was received, nothing is dropped.
                failures++;
                logger.LogWarning("{Bot}: getUpdates failed ({Reason})", bot, ex.Message);
            }

            if (!await BackOffAsync(bot, failures, stopping))
            {
                return;
            }
        }
    }

    /// <summary>True when every update was handled or set aside; false when the batch must come again.</summary>
    private async Task<bool> HandleBatchAsync(TelegramBot bot, Update[] updates, ConcurrentDictionary<int, int> attempts, CancellationToken stopping)
    {
        var chats = await Task.WhenAll(updates.GroupBy(ChatOf).Select(async chat =>
        {
            foreach (var update in chat.OrderBy(u => u.Id))
            {
                if (!await HandleOneAsync(bot, update, attempts, stopping))
                {
                    // The chat's later updates wait, so its messages are still handled in order.
                    return false;
                }
            }

            return true;
        }));
        return chats.All(done => done);
    }

    /// <summary>True when the update was handled or set aside.</summary>
    private async Task<bool> HandleOneAsync(TelegramBot bot, Update update, ConcurrentDictionary<int, int> attempts, CancellationToken stopping)
    {
        try
        {
            await handler.HandleAsync(bot, update, stopping);
            attempts.TryRemove(update.Id, out _);
            return true;
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            if (await IsOutsideTheUpdateAsync(ex, stopping))
            {
                logger.LogWarning("{Bot}: update {UpdateId} waits: the store or the network failed ({Reason})", bot, update.Id, ex.Message);
                return false;
            }

            var failed = attempts.AddOrUpdate(update.Id, 1, (_, n) => n + 1);
            if (failed < _options.PoisonAttempts)
            {
                logger.LogWarning("{Bot}: update {UpdateId} failed ({Reason}); attempt {Attempt} of {Max}", bot, update.Id, ex.Message, failed, _options.PoisonAttempts);
                return false;
            }

            attempts.TryRemove(update.Id, out _);
            Log.SetAside(logger, ex, bot.Tenant, update.Id, update.Type, ChatOf(update), failed);
            return true;
        }
    }

    /// <summary>A failure of the store or of the network is not the update's fault: it never makes an update poison.</summary>
    private async Task<bool> IsOutsideTheUpdateAsync(Exception ex, CancellationToken stopping)
    {
        if (ex is StoreUnavailableException or TimeoutException or IOException or HttpRequestException or TaskCanceledException
            or global::Telegram.Bot.Exceptions.RequestException)
        {
            return true;
        }

        if (storeHealth is null)
        {
            return false;
        }

        try
        {
            return !(await storeHealth.CheckAsync(stopping)).IsReady;
        }
        catch (Exception) when (!stopping.IsCancellationRequested)
        {
            return true;
        }
    }

    /// <summary>False when stopping.</summary>
    private async Task<bool> BackOffAsync(TelegramBot bot, int failures, CancellationToken stopping)
    {
        var backoff = TimeSpan.FromMilliseconds(Math.Min(_options.MaxBackoffSeconds * 1000.0, _options.BackoffBaseMilliseconds * Math.Pow(2, Math.Min(failures, 16) - 1)));
        logger.LogInformation("{Bot}: polling again in {Seconds} s", bot, backoff.TotalSeconds);
        try
        {
            await Task.Delay(backoff, clock, stopping);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static long ChatOf(Update update) => update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? 0;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Telegram bot of {Tenant}: update {UpdateId} ({Type}) of chat {Chat} failed {Attempts} times on its own and is set aside; the chat goes on with its next message")]
        public static partial void SetAside(ILogger logger, Exception exception, string tenant, int updateId, UpdateType type, long chat, int attempts);
    }
}
