using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Handoff;

/// <summary>
/// Presence rows in the LiteDB file: one document per tenant, volunteer and host, with its expiry. The embedded store
/// serves one host, so the rows mostly matter after a crash: a restarted host does not see yesterday's volunteers online.
/// </summary>
public sealed class LiteDbVolunteerPresenceStore : IVolunteerPresenceStore
{
    private readonly LiteDbStore _store;

    public LiteDbVolunteerPresenceStore(LiteDbStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public Task BeatAsync(string hostId, IReadOnlyList<Volunteer> volunteers, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(volunteers);
        var documents = volunteers.Select(v => new BsonDocument
        {
            ["_id"] = Id(hostId, v.TenantId, v.Id),
            ["tenant"] = v.TenantId,
            ["volunteer"] = v.Id,
            ["name"] = v.Name,
            ["skills"] = new BsonArray(v.Skills.Select(s => new BsonValue(s))),
            ["until"] = until.UtcTicks,
        }).ToList();
        return _store.Writer.Write(db =>
        {
            var presence = db.GetCollection(StoreCollections.VolunteerPresence);
            presence.DeleteMany(Query.LT("until", now.UtcTicks));
            presence.Upsert(documents);
        }, cancellationToken);
    }

    public Task RemoveAsync(string hostId, string tenantId, string volunteerId, CancellationToken cancellationToken = default) =>
        _store.Writer.Write(db => db.GetCollection(StoreCollections.VolunteerPresence).Delete(Id(hostId, tenantId, volunteerId)), cancellationToken);

    public Task<IReadOnlyList<Volunteer>> ListOnlineAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var rows = _store.Database.GetCollection(StoreCollections.VolunteerPresence).Find(Query.EQ("tenant", tenantId))
            .Where(d => d["until"].AsInt64 > now.UtcTicks)
            .GroupBy(d => d["volunteer"].AsString, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d["until"].AsInt64)!)
            .Select(d => new Volunteer(d["volunteer"].AsString, d["name"].AsString, tenantId, d["skills"].AsArray.Select(s => s.AsString).ToList()))
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<Volunteer>>(rows);
    }

    private static string Id(string hostId, string tenantId, string volunteerId) => OrderedKey.Part(tenantId) + OrderedKey.Part(volunteerId) + hostId;
}
