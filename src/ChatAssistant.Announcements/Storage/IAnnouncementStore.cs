using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Subscriptions;

namespace ChatAssistant.Announcements.Storage;

/// <summary>
/// Subscriptions, announcements and each recipient's copy. Status changes are conditional updates that exactly one
/// writer wins, on both engines (one contract suite).
/// </summary>
public interface IAnnouncementStore
{
    /// <summary>Adds or renews the subscription (a new consent time); false when it existed already.</summary>
    Task<bool> SubscribeAsync(Subscription subscription, CancellationToken cancellationToken = default);

    Task<bool> UnsubscribeAsync(string tenantId, string citizenId, string neighbourhoodId, CancellationToken cancellationToken = default);

    /// <summary>Removes every subscription of the citizen; returns how many there were.</summary>
    Task<int> UnsubscribeAllAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default);

    /// <summary>Subscriptions to any of <paramref name="neighbourhoodIds"/>: a citizen subscribed to two appears twice.</summary>
    Task<IReadOnlyList<Subscription>> ListSubscribersAsync(string tenantId, IReadOnlyList<string> neighbourhoodIds, CancellationToken cancellationToken = default);

    Task AddAsync(Announcement announcement, CancellationToken cancellationToken = default);

    Task<Announcement?> GetAsync(string tenantId, string id, CancellationToken cancellationToken = default);

    /// <summary>The tenant's announcements, newest first, without their images.</summary>
    Task<IReadOnlyList<Announcement>> ListAsync(string tenantId, int max, CancellationToken cancellationToken = default);

    /// <summary>Every tenant's announcements in <paramref name="status"/> (for the delivery worker and the reconciler).</summary>
    Task<IReadOnlyList<Announcement>> ListByStatusAsync(AnnouncementStatus status, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> if the announcement is in one of <paramref name="expected"/>; null (nothing
    /// written) otherwise. Of several writers at once exactly one wins.
    /// </summary>
    Task<Announcement?> TryUpdateAsync(string tenantId, string id, IReadOnlyList<AnnouncementStatus> expected, Func<Announcement, Announcement> change, CancellationToken cancellationToken = default);

    /// <summary>Adds recipients; one already listed for the announcement stays as it is.</summary>
    Task AddRecipientsAsync(IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> recipients, in <paramref name="status"/> if given, by citizen id.</summary>
    Task<IReadOnlyList<Recipient>> ListRecipientsAsync(string announcementId, RecipientStatus? status, int max, CancellationToken cancellationToken = default);

    /// <summary>Moves a recipient from one of <paramref name="expected"/> to <paramref name="status"/>; false when it was not in one of them.</summary>
    Task<bool> TryUpdateRecipientAsync(string announcementId, string citizenId, IReadOnlyList<RecipientStatus> expected, RecipientStatus status,
        IReadOnlyList<long>? messageIds, string? error, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<DeliveryCounts> CountAsync(string announcementId, CancellationToken cancellationToken = default);
}
