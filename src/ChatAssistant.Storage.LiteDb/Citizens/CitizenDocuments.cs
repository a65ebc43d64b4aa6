using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using ChatAssistant.Core.Citizens;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Citizens;

/// <summary>Citizens as JSON documents keyed by their id.</summary>
internal static class CitizenDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static Citizen? Read(LiteDatabase db, string citizenId)
    {
        var document = db.GetCollection(StoreCollections.Citizens).FindById(citizenId);
        return document is null ? null : JsonSerializer.Deserialize<Citizen>(document["json"].AsString, Json);
    }

    public static void Write(LiteDatabase db, Citizen citizen) =>
        db.GetCollection(StoreCollections.Citizens).Upsert(new BsonDocument
        {
            ["_id"] = citizen.Id,
            ["json"] = JsonSerializer.Serialize(citizen, Json),
        });
}
