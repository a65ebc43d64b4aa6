using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// Telegram reminders go through the outbox at <see cref="OutboxPriority.Reminder"/> (rate-limited, leased, and
/// idempotent by message id); web chat reminders are appended to the conversation's transcript, which the Direct Line
/// stream delivers when the citizen has the page open.
/// </summary>
public sealed class ChannelReminderSender(IOutboxStore outbox, IConversationStore conversations, TimeProvider clock) : IReminderSender
{
    public const string Telegram = "telegram";

    public Task SendAsync(string messageId, string tenantId, string channelId, string chatId, Activity message, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        message.ChannelId = channelId;
        message.Conversation = new ConversationAccount { Id = chatId };
        message.Timestamp = now;
        if (channelId != Telegram)
        {
            return conversations.AppendTranscriptAsync(ConversationKey.Of(channelId, chatId), [message], cancellationToken);
        }

        return outbox.EnqueueAsync([new OutboxMessage
        {
            Id = messageId,
            BotId = tenantId,
            ChannelId = channelId,
            ChatId = chatId,
            Priority = OutboxPriority.Reminder,
            ActivityJson = ActivityJson.Serialize(message),
            CreatedAt = now,
            NotBefore = now,
        }], cancellationToken);
    }
}
