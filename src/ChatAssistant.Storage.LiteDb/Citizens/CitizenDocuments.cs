using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using ChatAssistant.Core.Citizens;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Citizens;

/// <summary>Citizens as JSON documents keyed by their id.</summary>
internal static class CitizenDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>LastSeenAt alone is written at most this often: it would otherwise rewrite the citizen on every turn.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    public static Citizen? Read(LiteDatabase db, string citizenId) =>
        db.GetCollection(StoreCollections.Citizens).FindById(citizenId) is { } document
            ? JsonSerializer.Deserialize<Citizen>(document["json"].AsString, Json)
            : null;

    public static void Write(LiteDatabase db, Citizen citizen) =>
        db.GetCollection(StoreCollections.Citizens).Upsert(new BsonDocument
        {
            ["_id"] = citizen.Id,
            ["json"] = JsonSerializer.Serialize(citizen, Json),
        });

    /// <summary>Writes <paramref name="citizen"/> unless the stored one differs from it only by a recent LastSeenAt.</summary>
    public static void WriteIfChanged(LiteDatabase db, Citizen citizen)
    {
        var stored = Read(db, citizen.Id);
        if (stored is null
            || (citizen.LastSeenAt - stored.LastSeenAt).Duration() >= LastSeenResolution
            || !string.Equals(WithoutLastSeen(stored), WithoutLastSeen(citizen), StringComparison.Ordinal))
        {
            Write(db, citizen);
        }
    }

    private static string WithoutLastSeen(Citizen citizen)
    {
        var node = JsonSerializer.SerializeToNode(citizen, Json)!.AsObject();
        node.Remove(nameof(Citizen.LastSeenAt));
        return node.ToJsonString();
    }
}
