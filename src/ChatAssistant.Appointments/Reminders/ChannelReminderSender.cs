using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// Telegram reminders go through the outbox at <see cref="OutboxPriority.Reminder"/> (rate-limited, leased, and
/// idempotent by message id); web chat reminders are appended to the conversation's transcript, which the Direct Line
/// stream delivers when the citizen has the page open. Both are idempotent by <c>messageId</c>: a job that dies after
/// sending and before marking the reminder sent runs again once its claim runs out, and must not show it twice.
/// </summary>
public sealed class ChannelReminderSender(IOutboxStore outbox, IConversationStore conversations, TimeProvider clock) : IReminderSender
{
    public const string Telegram = "telegram";

    /// <summary>Transcript entries read per call while looking for a reminder already appended.</summary>
    private const int Page = 500;

    public async Task SendAsync(string messageId, string tenantId, string channelId, string chatId, Activity message, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        message.ChannelId = channelId;
        message.Conversation = new ConversationAccount { Id = chatId };
        message.Timestamp = now;
        if (channelId != Telegram)
        {
            // The transcript has no key of its own to refuse a second copy, so the activity carries the message id and
            // is looked for first; only one job at a time holds the reminder's claim, so nothing appends in between.
            message.Id = messageId;
            var key = ConversationKey.Of(channelId, chatId);
            if (!await InTranscriptAsync(key, messageId, cancellationToken))
            {
                await conversations.AppendTranscriptAsync(key, [message], cancellationToken);
            }

            return;
        }

        await outbox.EnqueueAsync([new OutboxMessage
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

    private async Task<bool> InTranscriptAsync(string key, string activityId, CancellationToken cancellationToken)
    {
        for (var after = 0L; ;)
        {
            var entries = await conversations.ReadTranscriptAsync(key, after, Page, cancellationToken);
            if (entries.Any(e => e.ActivityId == activityId))
            {
                return true;
            }

            if (entries.Count < Page)
            {
                return false;
            }

            after = entries[^1].Sequence;
        }
    }
}
