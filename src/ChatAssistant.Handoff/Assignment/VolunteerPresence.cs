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
public sealed class VolunteerPresence(IVolunteerPresenceStore store, HandoffFeed feed, TimeProvider clock, IOptions<HandoffOptions> options) : IVolunteerPresence, IDisposable
{
    private readonly Dictionary<(string Tenant, string Id), (Volunteer Volunteer, int Connections)> _here = [];

    // One change at a time: a page reload disconnects and connects the same volunteer at once, and the store's row
    // must end as the last change left it (a removal landing after the new beat would hide them until the next one).
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>This process's rows in the store.</summary>
    public string HostId { get; } = Guid.NewGuid().ToString("N");

    public async Task ConnectedAsync(Volunteer volunteer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        var now = clock.GetUtcNow();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var key = (volunteer.TenantId, volunteer.Id);
            var connections = _here.TryGetValue(key, out var entry) ? entry.Connections + 1 : 1;
            _here[key] = (volunteer, connections);
            if (connections > 1)
            {
                return;
            }

            await store.BeatAsync(HostId, [volunteer], now, now + Expiry, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        await feed.PublishAsync(new HandoffEvent(HandoffEventKinds.VolunteerOnline, volunteer.TenantId, "", now, VolunteerId: volunteer.Id), cancellationToken);
    }

    public async Task DisconnectedAsync(string tenantId, string volunteerId, CancellationToken cancellationToken = default)
    {
        var key = (tenantId, volunteerId);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_here.TryGetValue(key, out var entry))
            {
                return;
            }

            if (entry.Connections > 1)
            {
                _here[key] = (entry.Volunteer, entry.Connections - 1);
                return;
            }

            _here.Remove(key);
            await store.RemoveAsync(HostId, tenantId, volunteerId, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<IReadOnlyList<Volunteer>> OnlineAsync(string tenantId, CancellationToken cancellationToken = default) =>
        store.ListOnlineAsync(tenantId, clock.GetUtcNow(), cancellationToken);

    /// <summary>Renews this host's rows, under the same gate as the changes, so a beat never brings back a page just closed.</summary>
    public async Task BeatAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            await store.BeatAsync(HostId, _here.Values.Select(e => e.Volunteer).ToList(), now, now + Expiry, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private TimeSpan Expiry => TimeSpan.FromSeconds(options.Value.PresenceExpirySeconds);
}
