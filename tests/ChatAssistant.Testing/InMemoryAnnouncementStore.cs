using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Announcements.Subscriptions;

namespace ChatAssistant.Testing;

/// <summary>Subscriptions, announcements and recipients in memory, under one lock: the contract of the real stores for flow tests that need no file.</summary>
public sealed class InMemoryAnnouncementStore : IAnnouncementStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string, string, string), Subscription> _subscriptions = [];
    private readonly Dictionary<string, Announcement> _announcements = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), Recipient> _recipients = [];

    public Task<bool> SubscribeAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = (subscription.TenantId, subscription.CitizenId, subscription.NeighbourhoodId);
            var added = !_subscriptions.ContainsKey(key);
            _subscriptions[key] = subscription;
            return Task.FromResult(added);
        }
    }

    public Task<bool> UnsubscribeAsync(string tenantId, string citizenId, string neighbourhoodId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_subscriptions.Remove((tenantId, citizenId, neighbourhoodId)));
        }
    }

    public Task<int> UnsubscribeAllAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var keys = _subscriptions.Keys.Where(k => k.Item1 == tenantId && k.Item2 == citizenId).ToList();
            keys.ForEach(k => _subscriptions.Remove(k));
            return Task.FromResult(keys.Count);
        }
    }

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Subscription>>(_subscriptions.Values.Where(s => s.TenantId == tenantId && s.CitizenId == citizenId)
                .OrderBy(s => s.NeighbourhoodId, StringComparer.Ordinal).ToList());
        }
    }

    public Task<IReadOnlyList<Subscription>> ListSubscribersAsync(string tenantId, IReadOnlyList<string> neighbourhoodIds, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Subscription>>(_subscriptions.Values.Where(s => s.TenantId == tenantId && neighbourhoodIds.Contains(s.NeighbourhoodId)).ToList());
        }
    }

    public Task AddAsync(Announcement announcement, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _announcements.Add(announcement.Id, announcement);
            return Task.CompletedTask;
        }
    }

    public Task<Announcement?> GetAsync(string tenantId, string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_announcements.TryGetValue(id, out var a) && a.TenantId == tenantId ? a : null);
        }
    }

    public Task<IReadOnlyList<Announcement>> ListAsync(string tenantId, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Announcement>>(_announcements.Values.Where(a => a.TenantId == tenantId).OrderByDescending(a => a.CreatedAt).Take(max).ToList());
        }
    }

    public Task<IReadOnlyList<Announcement>> ListByStatusAsync(AnnouncementStatus status, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Announcement>>(_announcements.Values.Where(a => a.Status == status).OrderBy(a => a.SendAt).ToList());
        }
    }

    public Task<Announcement?> TryUpdateAsync(string tenantId, string id, IReadOnlyList<AnnouncementStatus> expected, Func<Announcement, Announcement> change, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_announcements.TryGetValue(id, out var current) || current.TenantId != tenantId || !expected.Contains(current.Status))
            {
                return Task.FromResult<Announcement?>(null);
            }

            var updated = change(current) with { Id = current.Id, TenantId = current.TenantId };
            _announcements[id] = updated;
            return Task.FromResult<Announcement?>(updated);
        }
    }

    public Task AddRecipientsAsync(IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var r in recipients)
            {
                _recipients.TryAdd((r.AnnouncementId, r.CitizenId), r);
            }

            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<Recipient>> ListRecipientsAsync(string announcementId, RecipientStatus? status, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Recipient>>(_recipients.Values.Where(r => r.AnnouncementId == announcementId && (status is null || r.Status == status))
                .OrderBy(r => r.CitizenId, StringComparer.Ordinal).Take(max).ToList());
        }
    }

    public Task<bool> TryUpdateRecipientAsync(string announcementId, string citizenId, IReadOnlyList<RecipientStatus> expected, RecipientStatus status,
        IReadOnlyList<long>? messageIds, string? error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_recipients.TryGetValue((announcementId, citizenId), out var current) || !expected.Contains(current.Status))
            {
                return Task.FromResult(false);
            }

            _recipients[(announcementId, citizenId)] = current with
            {
                Status = status,
                MessageIds = messageIds is { Count: > 0 } ? messageIds : current.MessageIds,
                Error = error ?? current.Error,
                UpdatedAt = at,
            };
            return Task.FromResult(true);
        }
    }

    public Task<DeliveryCounts> CountAsync(string announcementId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(DeliveryCounts.From(_recipients.Values.Where(r => r.AnnouncementId == announcementId).GroupBy(r => r.Status).Select(g => (g.Key, g.Count()))));
        }
    }
}
