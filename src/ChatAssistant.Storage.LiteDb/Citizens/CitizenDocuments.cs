using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Storage.LiteDb.Caching;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Citizens;

/// <summary>Citizens as JSON documents keyed by their id.</summary>
internal static class CitizenDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>LastSeenAt alone is written at most this often: it would otherwise rewrite the citizen on every turn.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    public static CachedCitizen ReadCached(LiteDatabase db, string citizenId)
    {
        var document = db.GetCollection(StoreCollections.Citizens).FindById(citizenId);
        return document is null ? new CachedCitizen(null, null, default) : ToCached(JsonSerializer.Deserialize<Citizen>(document["json"].AsString, Json)!);
    }

    public static Citizen? FromCached(CachedCitizen cached) =>
        cached.Json is null ? null : JsonSerializer.Deserialize<Citizen>(cached.Json, Json);

    public static CachedCitizen ToCached(Citizen citizen)
    {
        var lastSeen = citizen.LastSeenAt;
        citizen.LastSeenAt = default;
        var withoutLastSeen = JsonSerializer.Serialize(citizen, Json);
        citizen.LastSeenAt = lastSeen;
        return new CachedCitizen(JsonSerializer.Serialize(citizen, Json), withoutLastSeen, lastSeen);
    }

    /// <summary>True when <paramref name="stored"/> (what the file holds) differs from <paramref name="next"/> by more than a recent LastSeenAt.</summary>
    public static bool NeedsWrite(CachedCitizen? stored, CachedCitizen next) =>
        stored?.Json is null
        || !string.Equals(stored.JsonWithoutLastSeen, next.JsonWithoutLastSeen, StringComparison.Ordinal)
        || (next.LastSeenAt - stored.LastSeenAt).Duration() >= LastSeenResolution;

    public static BsonDocument Build(CachedCitizen cached, string citizenId) => new()
    {
        ["_id"] = citizenId,
        ["json"] = cached.Json!,
    };
}
