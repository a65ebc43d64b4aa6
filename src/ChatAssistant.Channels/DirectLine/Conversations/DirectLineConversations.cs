using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using ChatAssistant.Channels.DirectLine.Configuration;
using ChatAssistant.Channels.DirectLine.Streaming;
using ChatAssistant.Channels.DirectLine.Tokens;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Conversations;

/// <summary>
/// Direct Line conversations on top of the core: a conversation exists once its welcome (a conversationUpdate
/// run through the pipeline) is in the transcript; its activity log is the transcript, its watermark the sequence.
/// </summary>
public sealed class DirectLineConversations(
    TurnPipeline pipeline,
    IConversationStore store,
    ConversationNotifier notifier,
    IOptions<DirectLineOptions> options)
{
    private const int KnownCacheLimit = 100_000;
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public string KeyOf(string conversationId) => ConversationKey.Of(_options.ChannelId, conversationId);

    /// <summary>The id of the conversationUpdate that opens a conversation (deterministic: starting twice greets once).</summary>
    public static string WelcomeId(string conversationId) => conversationId + "|welcome";

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyOf(conversationId);
        if (_known.ContainsKey(key))
        {
            return true;
        }

        var any = await store.ReadTranscriptAsync(key, 0, 1, cancellationToken);
        if (any.Count > 0)
        {
            Remember(key);
        }

        return any.Count > 0;
    }

    /// <summary>
    /// What a site secret may do on an existing conversation of its municipality: act as the citizen who opened it
    /// (read from the welcome, the first transcript entry). Null when the conversation does not exist or belongs to another municipality.
    /// </summary>
    public async Task<DirectLineToken?> GrantForSecretAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var first = await store.ReadTranscriptAsync(KeyOf(conversationId), 0, 1, cancellationToken);
        if (first.Count == 0)
        {
            return null;
        }

        var opening = ActivityJson.Deserialize(first[0].ActivityJson);
        return opening.Conversation?.TenantId == tenantId && opening.From?.Id is { } userId
            ? new DirectLineToken(tenantId, conversationId, userId, DateTimeOffset.MaxValue)
            : null;
    }

    /// <summary>Starts the conversation if it is new: the bot greets through the pipeline. Returns a refusal reason, or null.</summary>
    public async Task<StartResult> StartAsync(DirectLineToken token, string? locale, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(token.ConversationId, cancellationToken))
        {
            return new StartResult(Created: false, null);
        }

        var welcome = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = WelcomeId(token.ConversationId),
            Locale = locale,
        };
        var result = await RunAsync(token, welcome, cancellationToken);
        return result.Outcome == TurnOutcome.Refused ? new StartResult(false, result.Reason) : new StartResult(true, null);
    }

    /// <summary>Runs a citizen's activity: identity, conversation and channel come from the token, never from the client.</summary>
    public async Task<TurnResult> PostAsync(DirectLineToken token, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type is ActivityTypes.ConversationUpdate)
        {
            // The server opens a conversation itself, once; a client's conversationUpdate has nothing to say.
            return TurnResult.Ignored;
        }

        activity.Id = ActivityIdFor(token.ConversationId, activity.ChannelData);
        activity.Timestamp = null;
        activity.ServiceUrl = null;
        if (activity.IsMessage)
        {
            notifier.Publish(KeyOf(token.ConversationId), StreamSignal.TypingIndicator);
        }

        return await RunAsync(token, activity, cancellationToken);
    }

    /// <summary>Activities after <paramref name="watermark"/> as raw stored JSON, and the new watermark.</summary>
    public async Task<ActivityPage> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var entries = await store.ReadTranscriptAsync(KeyOf(conversationId), watermark, _options.MaxActivitiesPerSet, cancellationToken);
        return new ActivityPage(entries.Select(e => e.ActivityJson).ToList(), entries.Count > 0 ? entries[^1].Sequence : watermark);
    }

    private async Task<TurnResult> RunAsync(DirectLineToken token, Activity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId = _options.ChannelId;
        activity.From = new ChannelAccount { Id = token.UserId, Role = RoleTypes.User };
        activity.Recipient = new ChannelAccount { Id = _options.BotId, Role = RoleTypes.Bot };
        activity.Conversation = new ConversationAccount { Id = token.ConversationId, TenantId = token.TenantId };
        var key = KeyOf(token.ConversationId);
        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        if (result.Outcome != TurnOutcome.Refused)
        {
            Remember(key);
            notifier.Publish(key, StreamSignal.Stored(result.Stored));
        }

        return result;
    }

    /// <summary>
    /// A server id for an incoming activity. Web Chat's clientActivityID makes it stable, so a re-sent message is
    /// recognised by the pipeline's dedupe instead of being answered twice.
    /// </summary>
    private static string ActivityIdFor(string conversationId, JsonElement? channelData)
    {
        if (channelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("clientActivityID", out var client)
            && client.ValueKind == JsonValueKind.String
            && client.GetString() is { Length: > 0 and <= 64 } clientId
            && clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return $"{conversationId}|c{clientId}";
        }

        return $"{conversationId}|{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9))}";
    }

    private void Remember(string key)
    {
        if (_known.Count > KnownCacheLimit)
        {
            _known.Clear();
        }

        _known.TryAdd(key, 0);
    }
}

public sealed record StartResult(bool Created, string? RefusedReason);

/// <param name="Activities">Stored activities, already JSON (camelCase, nulls omitted).</param>
public sealed record ActivityPage(IReadOnlyList<string> Activities, long Watermark);
