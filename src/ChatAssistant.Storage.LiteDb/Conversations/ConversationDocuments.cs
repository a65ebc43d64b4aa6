using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using ChatAssistant.Core.Conversations;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Conversations;

/// <summary>
/// One document per conversation: the state as JSON (no mapping to keep in step with the class), its version, its
/// citizen (indexed, for erasure) and the last transcript sequence. A conversation that only has a transcript
/// (a welcome sent before any turn) has version 0 and no state.
/// </summary>
internal static class ConversationDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static ConversationHead ReadHead(LiteDatabase db, string key)
    {
        var document = db.GetCollection(StoreCollections.Conversations).FindById(key);
        return document is null
            ? new ConversationHead(0, 0)
            : new ConversationHead(document["version"].AsInt64, document["lastSequence"].AsInt64);
    }

    public static ConversationState? ReadState(LiteDatabase db, string key)
    {
        var document = db.GetCollection(StoreCollections.Conversations).FindById(key);
        if (document is null || !document["state"].IsString)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize<ConversationState>(document["state"].AsString, Json)!;
        state.Version = document["version"].AsInt64;
        return state;
    }

    public static void Write(LiteDatabase db, ConversationState state, long version, long lastSequence)
    {
        var json = JsonSerializer.Serialize(state, Json);
        db.GetCollection(StoreCollections.Conversations).Upsert(new BsonDocument
        {
            ["_id"] = state.Key,
            ["citizen"] = state.CitizenId is null ? BsonValue.Null : new BsonValue(state.CitizenId),
            ["tenant"] = state.TenantId,
            ["version"] = version,
            ["lastSequence"] = lastSequence,
            ["state"] = json,
        });
    }

    /// <summary>Moves the transcript head of a conversation that may have no state yet.</summary>
    public static void WriteLastSequence(LiteDatabase db, string key, long lastSequence)
    {
        var collection = db.GetCollection(StoreCollections.Conversations);
        var document = collection.FindById(key) ?? new BsonDocument
        {
            ["_id"] = key,
            ["citizen"] = BsonValue.Null,
            ["version"] = 0L,
            ["state"] = BsonValue.Null,
        };
        document["lastSequence"] = lastSequence;
        collection.Upsert(document);
    }
}

internal readonly record struct ConversationHead(long Version, long LastSequence);
