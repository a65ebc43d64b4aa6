using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Announcements.Subscriptions;

namespace ChatAssistant.Storage.LiteDb.Announcements;

/// <summary>Announcements in the embedded file: reads straight from LiteDB, writes through the store's one writer (so each conditional update is atomic).</summary>
public sealed class LiteDbAnnouncementStore(LiteDbStore store) : IAnnouncementStore
{
    public Task<bool> SubscribeAsync(Subscription subscription, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AnnouncementDocuments.Subscribe(db, subscription), cancellationToken);

    public Task<bool> UnsubscribeAsync(string tenantId, string citizenId, string neighbourhoodId, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AnnouncementDocuments.Unsubscribe(db, tenantId, citizenId, neighbourhoodId), cancellationToken);

    public Task<int> UnsubscribeAllAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AnnouncementDocuments.UnsubscribeAll(db, tenantId, citizenId), cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnnouncementDocuments.SubscriptionsOf(store.Database, tenantId, citizenId));

    public Task<IReadOnlyList<Subscription>> ListSubscribersAsync(string tenantId, IReadOnlyList<string> neighbourhoodIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnnouncementDocuments.Subscribers(store.Database, tenantId, neighbourhoodIds));

    public Task AddAsync(Announcement announcement, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AnnouncementDocuments.Add(db, announcement), cancellationToken);

    public Task<Announcement?> GetAsync(string tenantId, string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnnouncementDocuments.Get(store.Database, tenantId, id));

    public Task<IReadOnlyList<Announcement>> ListAsync(string tenantId, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnnouncementDocuments.List(store.Database, tenantId, max));

    public Task<IReadOnlyList<Announcement>> ListByStatusAsync(AnnouncementStatus status, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnnouncementDocuments.ByStatus(store.Database, status));

    public Task<Announcement?> TryUpdateAsync(string tenantId, string id, IReadOnlyList<AnnouncementStatus> expected, Func<Announcement, Announcement> change, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AnnouncementDocuments.TryUpdate(db, tenantId, id, expected, change), cancellationToken);

    public Task AddRecipientsAsync(IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AnnouncementDocuments.AddRecipients(db, recipients), cancellationToken);

    public Task<IReadOnlyList<Recipient>> ListRecipientsAsync(string announcementId, RecipientStatus? status, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnnouncementDocuments.RecipientsOf(store.Database, announcementId, status, max));

    public Task<bool> TryUpdateRecipientAsync(string announcementId, string citizenId, IReadOnlyList<RecipientStatus> expected, RecipientStatus status,
        IReadOnlyList<long>? messageIds, string? error, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AnnouncementDocuments.TryUpdateRecipient(db, announcementId, citizenId, expected, status, messageIds, error, at), cancellationToken);

    public Task<DeliveryCounts> CountAsync(string announcementId, CancellationToken cancellationToken = default) =>
        Task.FromResult(AnnouncementDocuments.Count(store.Database, announcementId));
}
