using System.Collections.Concurrent;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Mapping;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatAssistant.Channels.Telegram.Receiving;

/// <summary>
/// The one update handler, shared by long polling and the webhook: translate, run the turn, and do the few
/// things only the edge can do (stop a button's spinner, answer media the bot cannot read, refuse an oversized
/// message, remind a group that personal matters belong in private). The edge's own answers go through the
/// outbox too, keyed by update, so a redelivered update never sends them twice.
/// </summary>
public sealed class TelegramUpdateHandler(
    TurnPipeline pipeline,
    IConversationStore conversations,
    IOutboxStore outbox,
    CallbackValueResolver callbackValues,
    EdgeTexts texts,
    TimeProvider clock,
    IOptions<PipelineOptions> pipelineOptions,
    ILogger<TelegramUpdateHandler> logger)
{
    // Groups already told to go private. In memory on purpose: losing it repeats the notice once, nothing worse.
    private readonly ConcurrentDictionary<string, bool> _groupsTold = new(StringComparer.Ordinal);

    public async Task HandleAsync(TelegramBot bot, Update update, CancellationToken cancellationToken)
    {
        var inbound = UpdateMapper.Map(update, bot);
        if (inbound.Activity is not { } activity)
        {
            logger.LogDebug("{Bot}: update {UpdateId} of type {Type} ignored", bot, update.Id, update.Type);
            return;
        }

        var key = ConversationKey.Of(activity);
        if (inbound.Kind == InboundKind.ButtonPress)
        {
            await AnswerButtonAsync(bot, inbound.CallbackQueryId!);
            activity.Text ??= await callbackValues.ResolveAsync(key, inbound.CallbackData!, cancellationToken) ?? inbound.ButtonTitle;
            if (activity.Text is null)
            {
                logger.LogWarning("{Bot}: a button press in {Conversation} could not be matched to a value", bot, key);
                return;
            }
        }

        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        switch (result.Outcome)
        {
            case TurnOutcome.Duplicate or TurnOutcome.Ignored:
                return;
            case TurnOutcome.Throttled:
                logger.LogDebug("{Bot}: update {UpdateId} not stored: {Reason}", bot, update.Id, result.Reason);
                return;
            case TurnOutcome.Refused:
                await OnRefusedAsync(bot, activity, inbound, result.Reason, cancellationToken);
                return;
            case TurnOutcome.Processed:
                await OnProcessedAsync(bot, activity, inbound, result, cancellationToken);
                return;
        }
    }

    private async Task OnRefusedAsync(TelegramBot bot, Activity activity, InboundUpdate inbound, string? reason, CancellationToken cancellationToken)
    {
        var max = pipelineOptions.Value.MaxTextLength;
        if (activity.Text?.Length > max)
        {
            var language = Languages.FromLocale(inbound.Language) ?? Languages.Default;
            await SayAsync(bot, activity, "too-long", texts.Get(EdgeTexts.TooLong, language, ("max", max.ToString(System.Globalization.CultureInfo.InvariantCulture))), storeInTranscript: false, cancellationToken);
            return;
        }

        logger.LogWarning("{Bot}: update {UpdateId} refused: {Reason}", bot, activity.Id, reason);
    }

    private async Task OnProcessedAsync(TelegramBot bot, Activity activity, InboundUpdate inbound, TurnResult result, CancellationToken cancellationToken)
    {
        var language = await LanguageAsync(activity, inbound, cancellationToken);
        // A flow that takes a photo (segnala) answers it itself; otherwise the edge explains kindly.
        if (inbound.Kind == InboundKind.Unsupported && result.Replies.Count == 0)
        {
            await SayAsync(bot, activity, "unsupported", texts.Get(EdgeTexts.UnsupportedMedia, language), storeInTranscript: true, cancellationToken);
        }
        else if (inbound.Kind == InboundKind.Shared && result.Replies.Count == 0)
        {
            await SayAsync(bot, activity, "received", texts.Get(EdgeTexts.Received, language), storeInTranscript: true, cancellationToken);
        }

        if (inbound.IsGroup && bot.Username is { Length: > 0 } name && _groupsTold.TryAdd($"{bot.Tenant}:{activity.Conversation!.Id}", true))
        {
            await SayAsync(bot, activity, "group-private", texts.Get(EdgeTexts.GroupPrivate, language, ("link", $"https://t.me/{name}")), storeInTranscript: true, cancellationToken);
        }
    }

    private async Task SayAsync(TelegramBot bot, Activity incoming, string kind, string text, bool storeInTranscript, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reply = incoming.CreateReply(text);
        reply.TextFormat = "plain";
        reply.Timestamp = now;
        var key = ConversationKey.Of(incoming);
        await outbox.EnqueueAsync([new OutboxMessage
        {
            Id = $"edge:{key}:{incoming.Id}:{kind}",
            BotId = bot.Tenant,
            ChannelId = ChannelIds.Telegram,
            ChatId = incoming.Conversation!.Id!,
            Priority = OutboxPriority.Reply,
            ActivityJson = ActivityJson.Serialize(reply),
            CreatedAt = now,
            NotBefore = now,
        }], cancellationToken);
        if (storeInTranscript)
        {
            // So a volunteer reading the conversation sees what the citizen was told.
            await conversations.AppendTranscriptAsync(key, [reply], cancellationToken);
        }
    }

    private async Task<string> LanguageAsync(Activity activity, InboundUpdate inbound, CancellationToken cancellationToken)
    {
        var state = await conversations.GetStateAsync(ConversationKey.Of(activity), cancellationToken);
        return state?.Language ?? Languages.FromLocale(inbound.Language) ?? Languages.Default;
    }

    private async Task AnswerButtonAsync(TelegramBot bot, string callbackQueryId)
    {
        try
        {
            await bot.Client.AnswerCallbackQuery(callbackQueryId, cancellationToken: CancellationToken.None);
        }
        catch (Exception ex) when (ex is global::Telegram.Bot.Exceptions.RequestException or HttpRequestException or TaskCanceledException)
        {
            // Only the spinner on the button is at stake (and a redelivered press has an expired query): go on.
            logger.LogDebug("{Bot}: answerCallbackQuery failed: {Reason}", bot, ex.Message);
        }
    }
}
