using System.Collections.Concurrent;

namespace ChatAssistant.Handoff.Assignment;

/// <summary>
/// Presence on this host, counted per connection (a volunteer with two tabs open stays online until both close).
/// Kept in memory: a restart drops the connections anyway, and the pages reconnect.
/// </summary>
public sealed class VolunteerPresence : IVolunteerPresence
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), (Volunteer Volunteer, int Connections)> _online = new();

    /// <summary>Raised when a volunteer comes online, so waiting tickets can go to them at once.</summary>
    public event Action<Volunteer>? CameOnline;

    public void Connected(Volunteer volunteer)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        var entry = _online.AddOrUpdate((volunteer.TenantId, volunteer.Id), (volunteer, 1), (_, e) => (volunteer, e.Connections + 1));
        if (entry.Connections == 1)
        {
            CameOnline?.Invoke(volunteer);
        }
    }

    public void Disconnected(string tenantId, string volunteerId)
    {
        var key = (tenantId, volunteerId);
        while (_online.TryGetValue(key, out var entry))
        {
            var updated = entry.Connections <= 1
                ? _online.TryRemove(new KeyValuePair<(string, string), (Volunteer, int)>(key, entry))
                : _online.TryUpdate(key, (entry.Volunteer, entry.Connections - 1), entry);
            if (updated)
            {
                return;
            }
        }
    }

    public IReadOnlyList<Volunteer> Online(string tenantId) =>
        _online.Where(e => e.Key.Tenant == tenantId).Select(e => e.Value.Volunteer).ToList();
}
