using System.Collections.Concurrent;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Assignment;

/// <summary>
/// Presence across hosts: this host counts its own connections (two tabs, two counts) and keeps one row per volunteer
/// in the store while any of them is open, renewed by <see cref="PresenceHeartbeat"/>; every host reads everyone's rows.
/// A volunteer coming online is announced on the <see cref="HandoffFeed"/>, so the host holding the queue's lease
/// assigns waiting tickets at once.
/// </summary>
public sealed class VolunteerPresence(IVolunteerPresenceStore store, HandoffFeed feed, TimeProvider clock, IOptions<HandoffOptions> options) : IVolunteerPresence
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), (Volunteer Volunteer, int Connections)> _here = new();

    /// <summary>This process's rows in the store.</summary>
    public string HostId { get; } = Guid.NewGuid().ToString("N");

    public async Task ConnectedAsync(Volunteer volunteer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        var entry = _here.AddOrUpdate((volunteer.TenantId, volunteer.Id), (volunteer, 1), (_, e) => (volunteer, e.Connections + 1));
        if (entry.Connections == 1)
        {
            var now = clock.GetUtcNow();
            await store.BeatAsync(HostId, [volunteer], now, now + Expiry, cancellationToken);
            await feed.PublishAsync(new HandoffEvent(HandoffEventKinds.VolunteerOnline, volunteer.TenantId, "", now, VolunteerId: volunteer.Id), cancellationToken);
        }
    }

    public async Task DisconnectedAsync(string tenantId, string volunteerId, CancellationToken cancellationToken = default)
    {
        var key = (tenantId, volunteerId);
        while (_here.TryGetValue(key, out var entry))
        {
            if (entry.Connections > 1)
            {
                if (_here.TryUpdate(key, (entry.Volunteer, entry.Connections - 1), entry))
                {
                    return;
                }
            }
            else if (_here.TryRemove(new KeyValuePair<(string, string), (Volunteer, int)>(key, entry)))
            {
                await store.RemoveAsync(HostId, tenantId, volunteerId, cancellationToken);
                return;
            }
        }
    }

    public Task<IReadOnlyList<Volunteer>> OnlineAsync(string tenantId, CancellationToken cancellationToken = default) =>
        store.ListOnlineAsync(tenantId, clock.GetUtcNow(), cancellationToken);

    /// <summary>Renews this host's rows. A page closed during the beat may come back until its row expires: harmless, it only delays.</summary>
    public Task BeatAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return store.BeatAsync(HostId, _here.Values.Select(e => e.Volunteer).ToList(), now, now + Expiry, cancellationToken);
    }

    private TimeSpan Expiry => TimeSpan.FromSeconds(options.Value.PresenceExpirySeconds);
}
