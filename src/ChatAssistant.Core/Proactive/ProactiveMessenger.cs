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
    public async Task SendAsync(ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.MessageId,
            Timestamp = now,
            ChannelId = message.ChannelId,
            From = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
            Recipient = new ChannelAccount { Id = message.CitizenUserId, Role = RoleTypes.User },
            Conversation = new ConversationAccount { Id = message.ConversationId, TenantId = message.TenantId },
            Text = message.Text,
            Locale = message.Language,
        };
        await conversations.AppendTranscriptAsync(ConversationKey.Of(message.ChannelId, message.ConversationId), [activity], cancellationToken);
        if (pipeline.Value.OutboxChannels.Contains(message.ChannelId, StringComparer.Ordinal))
        {
            await outbox.EnqueueAsync([new OutboxMessage
            {
                Id = message.MessageId,
                BotId = message.TenantId,
                ChannelId = message.ChannelId,
                ChatId = message.ConversationId,
                Priority = message.Priority,
                ActivityJson = ActivityJson.Serialize(activity),
                CreatedAt = now,
                NotBefore = now,
            }], cancellationToken);
        }
    }
}
