using ChatAssistant.Announcements.Storage;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Outbox;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// Records what the Telegram sender did with an announcement's copy: sent (with Telegram's message ids, for a
/// retraction), failed, or unreachable, when the citizen blocked the bot and is unsubscribed from every neighbourhood.
/// Each record then signals the consoles. Other outbox messages are none of its business.
/// </summary>
public sealed class AnnouncementOutboxObserver(IAnnouncementStore store, IAnnouncementSignals signals, TimeProvider clock) : IOutboxObserver
{
    public async Task OnSentAsync(OutboxMessage message, IReadOnlyList<long> channelMessageIds, CancellationToken cancellationToken = default)
    {
        if (Recipient.ParseOutboxId(message.Id) is not { } parsed)
        {
            return;
        }

        var (announcementId, citizenId) = parsed;

        // Sent too: a restart may have counted it sent before this record came; the ids are still worth keeping.
        if (await store.TryUpdateRecipientAsync(announcementId, citizenId, [RecipientStatus.Pending, RecipientStatus.Queued, RecipientStatus.Sent],
                RecipientStatus.Sent, channelMessageIds, null, clock.GetUtcNow(), cancellationToken))
        {
            await signals.PublishAsync(new AnnouncementSignal(message.BotId, announcementId), cancellationToken);
        }
    }

    public async Task OnFailedAsync(OutboxMessage message, bool unreachable, string reason, CancellationToken cancellationToken = default)
    {
        if (Recipient.ParseOutboxId(message.Id) is not { } parsed)
        {
            return;
        }

        var (announcementId, citizenId) = parsed;

        var status = unreachable ? RecipientStatus.Unreachable : RecipientStatus.Failed;
        if (unreachable)
        {
            await store.UnsubscribeAllAsync(message.BotId, citizenId, cancellationToken);
        }

        if (await store.TryUpdateRecipientAsync(announcementId, citizenId, [RecipientStatus.Pending, RecipientStatus.Queued], status, null, reason, clock.GetUtcNow(), cancellationToken))
        {
            await signals.PublishAsync(new AnnouncementSignal(message.BotId, announcementId), cancellationToken);
        }
    }
}
