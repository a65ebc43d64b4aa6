using System.Globalization;
using System.Text.Json;
using ChatAssistant.Channels.Outbox;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatAssistant.Channels.Telegram.Sending;

public enum DeliveryOutcome
{
    Sent,
    /// <summary>Back in the queue for later (429, network or server error, sender stopping).</summary>
    Rescheduled,
    /// <summary>Never to be sent (403 blocked, 400 bad request, unreadable, too many attempts).</summary>
    Failed,
}

/// <summary>
/// Sends one claimed outbox message and records what happened. The outbox id is the idempotency key: the
/// message is marked sent right after Telegram accepted it, with nothing in between. If the process dies
/// in that gap (a few milliseconds), the lease expires and the message goes again: that duplicate is the one
/// window Telegram's API leaves open (it has no idempotency key of its own).
/// </summary>
public sealed class TelegramDelivery(
    IOutboxStore outbox,
    ICitizenStore citizens,
    TimeProvider clock,
    IOptions<TelegramOptions> options,
    ILogger<TelegramDelivery> logger,
    IEnumerable<IOutboxObserver>? observers = null)
{
    private readonly IOutboxObserver[] _observers = observers?.ToArray() ?? [];

    private readonly TelegramSendingOptions _options = options.Value.Sending;

    public async Task<DeliveryOutcome> DeliverAsync(TelegramBot bot, OutboxMessage message, OutboxRateLimiter limiter, DateTimeOffset leaseUntil, CancellationToken stopping)
    {
        IReadOnlyList<OutgoingMessage> parts;
        try
        {
            parts = ActivityRenderer.Render(ActivityJson.Deserialize(message.ActivityJson));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // It will never render better: set aside at once.
            return await FailAsync(message, $"The stored activity is not readable: {ex.Message}");
        }

        if (!long.TryParse(message.ChatId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chatId))
        {
            return await FailAsync(message, $"'{message.ChatId}' is not a Telegram chat id.");
        }

        if (await IsUnreachableAsync(bot, message.ChatId))
        {
            // Blocked the bot: skipped, not tried, until the citizen writes again (the pipeline marks them reachable).
            return await FailAsync(message, "Unreachable: the citizen blocked the bot; skipped until they write again.", unreachable: true);
        }

        // A long reply is several Telegram messages: the parts that left are recorded, and a retry resumes from the one that failed.
        var sentIds = new List<long>(parts.Count);
        for (var index = Math.Clamp(message.SentParts, 0, parts.Count); index < parts.Count; index++)
        {
            var part = parts[index];
            OutboxRateLimiter.SendSlot slot;
            try
            {
                // Announcements yield to replies and reminders waiting for the same budget.
                slot = await limiter.AcquireAsync(message.ChatId, stopping, urgent: message.Priority < OutboxPriority.Announcement);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await outbox.RescheduleAsync(message.Id, clock.GetUtcNow(), "Sender stopped before sending.", CancellationToken.None);
                return DeliveryOutcome.Rescheduled;
            }

            using var sending = slot;
            if (clock.GetUtcNow() >= leaseUntil - TimeSpan.FromSeconds(1))
            {
                // Our claim ran out while waiting: another sender may own the message now, so hand it back rather than risk a double.
                await outbox.RescheduleAsync(message.Id, clock.GetUtcNow(), "Lease ran out while waiting for the rate limit.", CancellationToken.None);
                return DeliveryOutcome.Rescheduled;
            }

            if (await SendPartAsync(bot, message, chatId, part, limiter, sentIds) is { } failure)
            {
                return failure;
            }

            if (index < parts.Count - 1)
            {
                await outbox.RecordSentPartsAsync(message.Id, index + 1, CancellationToken.None);
                message.SentParts = index + 1;
            }
        }

        // Not cancellable: once Telegram accepted, recording it is what prevents a second send.
        await outbox.MarkSentAsync(message.Id, CancellationToken.None);
        await NotifyAsync(o => o.OnSentAsync(message, sentIds, CancellationToken.None), message);
        return DeliveryOutcome.Sent;
    }

    private async Task NotifyAsync(Func<IOutboxObserver, Task> call, OutboxMessage message)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await call(observer);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The message's own record is already written; an observer's trouble is logged, not the sender's.
                logger.LogError(ex, "Outbox observer {Observer} failed for message {Message}", observer.GetType().Name, message.Id);
            }
        }
    }

    /// <summary>Null when Telegram accepted the part; otherwise what became of the message.</summary>
    private async Task<DeliveryOutcome?> SendPartAsync(TelegramBot bot, OutboxMessage message, long chatId, OutgoingMessage part, OutboxRateLimiter limiter, List<long> sentIds)
    {
        try
        {
            // Not cancellable either: a send cut half-way may still have been delivered.
            Message sent;
            if (part.Document is { } document)
            {
                using var content = new MemoryStream(document.Content, writable: false);
                sent = await bot.Client.SendDocument(new ChatId(chatId), InputFile.FromStream(content, document.FileName), cancellationToken: CancellationToken.None);
            }
            else
            {
                sent = await bot.Client.SendMessage(new ChatId(chatId), part.Html, ParseMode.Html, replyMarkup: part.Keyboard,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: CancellationToken.None);
            }

            sentIds.Add(sent.MessageId);
            return null;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            var retryAfter = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
            var until = clock.GetUtcNow() + retryAfter;
            limiter.PauseUntil(until);
            logger.LogWarning("{Bot}: Telegram asked to slow down; pausing sends for {Seconds} s", bot, retryAfter.TotalSeconds);
            await outbox.RescheduleAsync(message.Id, until, $"429: retry after {retryAfter.TotalSeconds} s", CancellationToken.None);
            return DeliveryOutcome.Rescheduled;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            await MarkUnreachableAsync(bot, message.ChatId);
            logger.LogInformation("{Bot}: chat {Chat} blocked the bot or left; message {Message} dropped", bot, message.ChatId, message.Id);
            return await FailAsync(message, $"403: {ex.Message}", unreachable: true);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            logger.LogError("{Bot}: Telegram refused message {Message} as a bad request: {Reason}", bot, message.Id, ex.Message);
            return await FailAsync(message, $"400: {ex.Message}");
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException)
        {
            // Network trouble, a timeout or a 5xx: try again later, waiting longer each time.
            return await RetryLaterAsync(bot, message, ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Unexpected: counted toward MaxAttempts all the same, so it cannot block the chat for good.
            logger.LogError(ex, "{Bot}: sending {Message} failed unexpectedly", bot, message.Id);
            return await RetryLaterAsync(bot, message, ex);
        }
    }

    /// <summary>
    /// A failure nobody expected (a bug, a message the renderer chokes on): counted toward MaxAttempts like any other,
    /// so a poison message is set aside (failed) and its chat moves on instead of being retried forever.
    /// </summary>
    public async Task<DeliveryOutcome> OnUnexpectedAsync(TelegramBot bot, OutboxMessage message, Exception ex)
    {
        try
        {
            return await RetryLaterAsync(bot, message, ex);
        }
        catch (Exception storeFailure) when (storeFailure is not OutOfMemoryException)
        {
            // The store failed too: the lease brings the message back, and its attempts were counted at the claim.
            logger.LogError(storeFailure, "{Bot}: message {Message} could not be recorded; it returns when its lease ends", bot, message.Id);
            return DeliveryOutcome.Rescheduled;
        }
    }

    private async Task<DeliveryOutcome> RetryLaterAsync(TelegramBot bot, OutboxMessage message, Exception ex)
    {
        var attempt = Math.Max(1, message.Attempts);
        if (attempt >= _options.MaxAttempts)
        {
            logger.LogError("{Bot}: message {Message} failed {Attempts} times; giving up: {Reason}", bot, message.Id, attempt, ex.Message);
            return await FailAsync(message, $"Gave up after {attempt} attempts: {ex.Message}");
        }

        var seconds = Math.Min(_options.RetryMaxSeconds, _options.RetryBaseSeconds * Math.Pow(2, attempt - 1));
        logger.LogWarning("{Bot}: sending {Message} failed ({Reason}); retrying in {Seconds} s", bot, message.Id, ex.Message, seconds);
        await outbox.RescheduleAsync(message.Id, clock.GetUtcNow().AddSeconds(seconds), ex.Message, CancellationToken.None);
        return DeliveryOutcome.Rescheduled;
    }

    private async Task<DeliveryOutcome> FailAsync(OutboxMessage message, string reason, bool unreachable = false)
    {
        await outbox.MarkFailedAsync(message.Id, reason, CancellationToken.None);
        await NotifyAsync(o => o.OnFailedAsync(message, unreachable, reason, CancellationToken.None), message);
        return DeliveryOutcome.Failed;
    }

    private async Task<bool> IsUnreachableAsync(TelegramBot bot, string chatId) =>
        await citizens.GetAsync(Citizen.IdFor(bot.Tenant, ChannelIds.Telegram, chatId), CancellationToken.None) is { Reachable: false };

    private async Task MarkUnreachableAsync(TelegramBot bot, string chatId)
    {
        // In a private chat the chat id is the user's id, so this finds the citizen; a group has no citizen record.
        var citizen = await citizens.GetAsync(Citizen.IdFor(bot.Tenant, ChannelIds.Telegram, chatId), CancellationToken.None);
        if (citizen is { Reachable: true })
        {
            citizen.Reachable = false;
            await citizens.UpsertAsync(citizen, CancellationToken.None);
        }
    }
}
