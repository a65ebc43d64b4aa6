using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Core.Proactive;

/// <summary>
/// Tells a citizen something outside a turn: into the conversation's transcript (which the web chat streams on every
/// host) and, for outbox channels (Telegram), into the outbox. The outbox message id makes a repeated call send once.
/// </summary>
public sealed class ProactiveMessenger(IConversationStore conversations, IOutboxStore outbox, TimeProvider clock, IOptions<PipelineOptions> pipeline)
{
    /// <summary>A plain message from the service, stable per event (<see cref="ProactiveMessage.MessageId"/>).</summary>
    public async Task SendAsync(ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.MessageId,
            ChannelId = message.ChannelId,
            From = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
            Recipient = new ChannelAccount { Id = message.CitizenUserId, Role = RoleTypes.User },
            Conversation = new ConversationAccount { Id = message.ConversationId, TenantId = message.TenantId },
            Text = message.Text,
            Locale = message.Language,
        };
        await DeliverAsync(activity, message.TenantId, message.MessageId, message.Priority, cancellationToken);
    }

    /// <summary>
    /// Sends an activity the caller addressed (channel, conversation, sender, recipient); stamps its time. Returns the
    /// transcript entry it became, for callers that show it at once (the volunteer's console).
    /// </summary>
    public async Task<TranscriptEntry?> DeliverAsync(Activity activity, string tenantId, string outboxId, OutboxPriority priority, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = clock.GetUtcNow();
        activity.Timestamp = now;
        var appended = await conversations.AppendTranscriptAsync(ConversationKey.Of(activity.ChannelId!, activity.Conversation!.Id!), [activity], cancellationToken);
        if (pipeline.Value.OutboxChannels.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            await outbox.EnqueueAsync([new OutboxMessage
            {
                Id = outboxId,
                BotId = tenantId,
                ChannelId = activity.ChannelId!,
                ChatId = activity.Conversation.Id!,
                Priority = priority,
                ActivityJson = ActivityJson.Serialize(activity),
                CreatedAt = now,
                NotBefore = now,
            }], cancellationToken);
        }

        return appended.Count > 0 ? appended[0] : null;
    }
}
