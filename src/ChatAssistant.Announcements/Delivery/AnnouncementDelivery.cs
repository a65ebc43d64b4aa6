using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// One pass over an announcement being sent: lists its recipients once (one per citizen, whatever the number of their
/// neighbourhoods it targets), hands the pending ones to their channel, and closes the announcement when none is left
/// in flight. Every step is safe to repeat after a crash: recipients are added only if absent, Telegram copies enter
/// the outbox under the recipient's outbox id (a second enqueue is ignored), and statuses move by conditional updates.
/// Telegram copies go at <see cref="OutboxPriority.Announcement"/>, so replies and reminders always leave first.
/// Web chat copies are added to the citizen's conversation, shown as "Novità dal tuo quartiere" when the chat is next
/// open. A chat held by a volunteer gets the copy too: it is marked as an automatic notice, so the citizen never takes it
/// for the bot answering in the middle of the volunteer's conversation.
/// </summary>
public sealed class AnnouncementDelivery(
    IAnnouncementStore store,
    IOutboxStore outbox,
    IConversationStore conversations,
    NeighbourhoodCatalog catalog,
    IAnnouncementSignals signals,
    TimeProvider clock,
    IOptions<AnnouncementOptions> options)
{
    public const string Telegram = "telegram";

    /// <summary>Returns true when the announcement is finished (every copy has a final status).</summary>
    public async Task<bool> RunAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        if (announcement.Status != AnnouncementStatus.Sending)
        {
            return true;
        }

        var counts = await store.CountAsync(announcement.Id, cancellationToken);
        if (counts.Total == 0)
        {
            await ListRecipientsAsync(announcement, cancellationToken);
        }

        var tenant = catalog.Find(announcement.TenantId);
        var handed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var pending = await store.ListRecipientsAsync(announcement.Id, RecipientStatus.Pending, options.Value.BatchSize, cancellationToken);
            if (pending.Count == 0)
            {
                break;
            }

            await HandOverAsync(announcement, tenant, pending, cancellationToken);
            handed += pending.Count;
        }

        if (handed > 0)
        {
            await signals.PublishAsync(new AnnouncementSignal(announcement.TenantId, announcement.Id), cancellationToken);
        }

        return await TryFinishAsync(announcement, cancellationToken);
    }

    private async Task ListRecipientsAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var subscribers = await store.ListSubscribersAsync(announcement.TenantId, announcement.NeighbourhoodIds, cancellationToken);
        var now = clock.GetUtcNow();
        var recipients = subscribers.GroupBy(s => s.CitizenId, StringComparer.Ordinal).Select(g => g.First()).Select(s => new Recipient
        {
            AnnouncementId = announcement.Id,
            CitizenId = s.CitizenId,
            ChannelId = s.ChannelId,
            ChatId = s.ChatId,
            Language = s.Language,
            Status = RecipientStatus.Pending,
            UpdatedAt = now,
        }).ToList();
        foreach (var chunk in recipients.Chunk(1000))
        {
            await store.AddRecipientsAsync(chunk, cancellationToken);
        }
    }

    private async Task HandOverAsync(Announcement announcement, TenantNeighbourhoods? tenant, IReadOnlyList<Recipient> pending, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var imageUrl = ImageUrl(announcement);
        var telegram = pending.Where(r => r.ChannelId == Telegram).ToList();
        if (telegram.Count > 0)
        {
            await outbox.EnqueueAsync(telegram.Select(r => new OutboxMessage
            {
                Id = r.OutboxId,
                BotId = announcement.TenantId,
                ChannelId = r.ChannelId,
                ChatId = r.ChatId,
                Priority = OutboxPriority.Announcement,
                ActivityJson = ActivityJson.Serialize(Message(announcement, tenant, r, imageUrl, now, webChat: false)),
                CreatedAt = now,
                NotBefore = now,
            }).ToList(), cancellationToken);
            foreach (var r in telegram)
            {
                // Already sent (the sender was quicker than this mark) is fine: the update finds it Sent and does nothing.
                await store.TryUpdateRecipientAsync(announcement.Id, r.CitizenId, [RecipientStatus.Pending], RecipientStatus.Queued, null, null, now, cancellationToken);
            }
        }

        foreach (var r in pending.Where(r => r.ChannelId != Telegram))
        {
            await conversations.AppendTranscriptAsync(ConversationKey.Of(r.ChannelId, r.ChatId), [Message(announcement, tenant, r, imageUrl, now, webChat: true)], cancellationToken);
            await store.TryUpdateRecipientAsync(announcement.Id, r.CitizenId, [RecipientStatus.Pending], RecipientStatus.Sent, null, null, now, cancellationToken);
        }
    }

    private async Task<bool> TryFinishAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(announcement.Id, cancellationToken);
        var inFlight = counts.Total - counts.Sent - counts.Failed - counts.Unreachable - counts.Retracted;
        if (inFlight > 0)
        {
            if ((await outbox.CountAsync(announcement.TenantId, cancellationToken)) is not { Pending: 0, Sending: 0 })
            {
                return false;
            }

            // The outbox is empty yet copies are still "queued": the host died between the send and our record of it.
            // The outbox id kept the copy from going twice; it left, so it counts as sent (without the id a retraction needs).
            var now = clock.GetUtcNow();
            foreach (var r in await store.ListRecipientsAsync(announcement.Id, RecipientStatus.Queued, int.MaxValue, cancellationToken))
            {
                await store.TryUpdateRecipientAsync(announcement.Id, r.CitizenId, [RecipientStatus.Queued], RecipientStatus.Sent, null, "sent; not confirmed after a restart", now, cancellationToken);
            }
        }

        var finished = await store.TryUpdateAsync(announcement.TenantId, announcement.Id, [AnnouncementStatus.Sending],
            a => a with { Status = AnnouncementStatus.Sent, FinishedAt = clock.GetUtcNow() }, cancellationToken);
        if (finished is not null)
        {
            await signals.PublishAsync(new AnnouncementSignal(announcement.TenantId, announcement.Id), cancellationToken);
        }

        return true;
    }

    private string? ImageUrl(Announcement a) =>
        a.Image is null || string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null
            : $"{options.Value.PublicBaseUrl.TrimEnd('/')}/announcements/{a.TenantId}/{a.Id}/image";

    private static Activity Message(Announcement a, TenantNeighbourhoods? tenant, Recipient r, string? imageUrl, DateTimeOffset now, bool webChat)
    {
        var message = AnnouncementMessage.Build(a, tenant, r.Language, webChat, imageUrl);
        message.Id = r.OutboxId;
        message.ChannelId = r.ChannelId;
        message.Conversation = new ConversationAccount { Id = r.ChatId };
        message.Timestamp = now;
        return message;
    }
}
