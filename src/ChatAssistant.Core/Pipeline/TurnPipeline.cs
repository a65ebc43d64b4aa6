using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Events;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Pipeline.Inbound;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Core.Pipeline;

/// <summary>
/// Runs one incoming activity through the middleware and the bot, stores the turn, and only then
/// returns the replies. Every channel calls this and nothing else.
/// </summary>
public sealed class TurnPipeline(
    IEnumerable<ITurnMiddleware> middleware,
    ITurnHandler handler,
    IConversationStore conversations,
    ICitizenStore citizens,
    ITenantDirectory tenants,
    TimeProvider clock,
    IOptions<PipelineOptions> options,
    ILogger<TurnPipeline> logger,
    IUsageEvents? usage = null)
{
    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();
    private readonly KeyedLock _conversationLocks = new();
    private readonly PipelineOptions _options = options.Value;

    public async Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ActivityValidator.Validate(activity, _options.MaxTextLength) is { } reason)
        {
            return TurnResult.Refuse(reason);
        }

        if (InboundScreen.IsIgnored(activity, _options.KnownEvents))
        {
            return TurnResult.Ignored;
        }

        if (InboundScreen.RefuseAttachments(activity) is { } refused)
        {
            return TurnResult.Refuse(refused);
        }

        var tenantId = activity.Conversation!.TenantId;
        var tenant = tenantId is null ? null : tenants.Find(tenantId);
        if (tenant is null)
        {
            return TurnResult.Refuse(tenantId is null ? "The conversation names no municipality (conversation.tenantId)." : $"Unknown municipality '{tenantId}'.");
        }

        var key = ConversationKey.Of(activity);
        using var held = await _conversationLocks.AcquireAsync(key, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var result = await RunOnceAsync(activity, key, tenant, cancellationToken);
            if (result is not null)
            {
                return result;
            }

            if (attempt >= _options.StaleRetries)
            {
                throw new InvalidOperationException($"Conversation {key} kept changing under this turn; gave up after {attempt + 1} attempts.");
            }

            logger.LogInformation("State of {Conversation} changed meanwhile; running the turn again", key);
        }
    }

    /// <summary>Returns null when the state was stale and the turn must run again.</summary>
    private async Task<TurnResult?> RunOnceAsync(Activity incoming, string key, Tenant tenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var channelUserId = incoming.From!.Id!;
        var citizenId = Citizen.IdFor(tenant.Id, incoming.ChannelId!, channelUserId);
        var citizen = await citizens.GetAsync(citizenId, cancellationToken)
            ?? new Citizen { Id = citizenId, TenantId = tenant.Id, ChannelId = incoming.ChannelId!, ChannelUserId = channelUserId, CreatedAt = now };
        citizen.LastSeenAt = now;
        // Writing again after blocking the bot makes the citizen reachable again.
        citizen.Reachable = true;

        var state = await conversations.GetStateAsync(key, cancellationToken)
            ?? new ConversationState { Key = key, TenantId = tenant.Id, ChannelId = incoming.ChannelId!, CreatedAt = now };
        if (incoming.Id is { } messageId && state.RecentMessageIds.Contains(messageId, StringComparer.Ordinal))
        {
            logger.LogDebug("Dropped duplicate {MessageId} of {Conversation}", messageId, key);
            return TurnResult.Duplicate;
        }

        var day = now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (state.StoredDay != day)
        {
            state.StoredDay = day;
            state.StoredThatDay = 0;
        }

        if (state.StoredThatDay >= _options.MaxStoredPerConversationPerDay)
        {
            logger.LogWarning("{Conversation} reached its daily storage budget; nothing more is stored today", key);
            return TurnResult.Throttle("This conversation has stored all it may today.");
        }

        state.CitizenId = citizenId;
        state.UpdatedAt = now;
        if (incoming.Conversation?.IsGroup == true)
        {
            state.IsGroup = true;
            state.Participants.Remove(citizenId);
            state.Participants.Add(citizenId);
            if (state.Participants.Count > 1000)
            {
                state.Participants.RemoveAt(0);
            }
        }
        Remember(state.RecentMessageIds, incoming.Id);

        // Each attempt works on its own copy: a middleware redacts the text in place. The sender's name is not needed
        // (and would reach the transcript and the outbox through the replies' recipient).
        var activity = ActivityJson.Deserialize(ActivityJson.Serialize(incoming));
        activity.Timestamp ??= now;
        activity.From = TranscriptRecord.Account(activity.From);
        activity.Recipient = TranscriptRecord.Account(activity.Recipient);
        var context = new TurnContext(activity, state, citizen, tenant, now) { SenderName = incoming.From?.Name is { Length: > 0 and <= 64 } name ? name : null };
        await RunMiddlewareAsync(context, 0, cancellationToken);
        citizen.Language = state.Language ?? citizen.Language;
        if (context.NotStored && context.Replies.Count == 0)
        {
            return TurnResult.Throttle("Too many activities in a short time.");
        }

        // After an erasure only the confirmation is kept, so the channel can still deliver it. The citizen's activity
        // is stored through the whitelist: the turn had all of it, the store keeps what the service needs.
        var transcript = new List<Activity>(1 + context.Replies.Count);
        if (!context.EraseCitizenData && !context.NotStored)
        {
            transcript.Add(TranscriptRecord.Of(context.Activity));
        }
        else
        {
            state.Dialog = new DialogState();
            state.Memory.Clear();
        }

        foreach (var reply in context.Replies)
        {
            reply.Timestamp ??= now;
            reply.ChannelId ??= incoming.ChannelId;
            reply.Conversation ??= incoming.Conversation;
            transcript.Add(reply);
        }

        state.StoredThatDay += transcript.Count;

        var commit = new TurnCommit
        {
            State = state,
            Citizen = citizen,
            Transcript = transcript,
            Outbox = ToOutbox(incoming, tenant, context.Replies, now),
            EraseCitizen = context.EraseCitizenData,
        };
        var committed = await conversations.CommitTurnAsync(commit, cancellationToken);
        if (!committed.Committed)
        {
            return null;
        }

        RecordUsage(context, incoming.ChannelId!);
        return new TurnResult(TurnOutcome.Processed, context.Replies, committed.Appended);
    }

    /// <summary>
    /// One anonymous event per citizen message, once its turn is stored (a stale attempt records nothing). Handing it
    /// to <see cref="IUsageEvents"/> costs no store call: the reply does not wait for the reports.
    /// </summary>
    private void RecordUsage(TurnContext context, string channel)
    {
        if (usage is null || !context.Activity.IsMessage || context.Dropped || context.NotStored || context.EraseCitizenData)
        {
            return;
        }

        var outcome = context.Usage.Outcome ?? (context.State.InHandoff ? UsageOutcome.Escalated : UsageOutcome.Answered);
        var topic = context.Usage.Topic ?? (context.State.InHandoff ? "handoff" : context.State.Dialog.Stack.LastOrDefault()?.FlowId) ?? "none";
        usage.Record(UsageEvent.TurnOf(context.Tenant.Id, channel, topic, outcome, context.Activity.Text, context.Now));
    }

    private void Remember(List<string> recentMessageIds, string? messageId)
    {
        if (messageId is null)
        {
            return;
        }

        recentMessageIds.Add(messageId);
        if (recentMessageIds.Count > _options.RememberedMessageIds)
        {
            recentMessageIds.RemoveRange(0, recentMessageIds.Count - _options.RememberedMessageIds);
        }
    }

    private Task RunMiddlewareAsync(TurnContext context, int index, CancellationToken cancellationToken)
    {
        if (index == _middleware.Length)
        {
            return context.Dropped ? Task.CompletedTask : handler.OnTurnAsync(context, cancellationToken);
        }

        return _middleware[index].InvokeAsync(context, () => RunMiddlewareAsync(context, index + 1, cancellationToken), cancellationToken);
    }

    private List<OutboxMessage> ToOutbox(Activity incoming, Tenant tenant, IReadOnlyList<Activity> replies, DateTimeOffset now)
    {
        if (!_options.OutboxChannels.Contains(incoming.ChannelId!, StringComparer.Ordinal))
        {
            return [];
        }

        return replies.Select((reply, index) => new OutboxMessage
        {
            Id = $"reply:{ConversationKey.Of(incoming)}:{incoming.Id ?? now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)}:{index}",
            BotId = tenant.Id,
            ChannelId = incoming.ChannelId!,
            ChatId = incoming.Conversation!.Id!,
            Priority = OutboxPriority.Reply,
            ActivityJson = ActivityJson.Serialize(reply),
            CreatedAt = now,
            NotBefore = now,
        }).ToList();
    }
}
