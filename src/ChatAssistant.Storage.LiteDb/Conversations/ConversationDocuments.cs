using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Storage.LiteDb.Caching;
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
            : new ConversationHead(document["version"].AsInt64, document["lastSequence"].AsInt64, Exists: true);
    }

    /// <summary>The version and state JSON as stored (version 0 and no JSON when there is no such conversation).</summary>
    public static CachedState ReadCached(LiteDatabase db, string key)
    {
        var document = db.GetCollection(StoreCollections.Conversations).FindById(key);
        return document is null
            ? new CachedState(0, null)
            : new CachedState(document["version"].AsInt64, document["state"].IsString ? document["state"].AsString : null);
    }

    public static ConversationState? ToState(CachedState cached)
    {
        if (cached.StateJson is null)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize<ConversationState>(cached.StateJson, Json)!;
        state.Version = cached.Version;
        return state;
    }

    /// <summary>Writes the state; <paramref name="exists"/>: the document is there (an update needs one index lookup less than an upsert). Returns the state JSON.</summary>
    public static string Write(LiteDatabase db, ConversationState state, long version, long lastSequence, bool exists)
    {
        var json = JsonSerializer.Serialize(state, Json);
        var collection = db.GetCollection(StoreCollections.Conversations);
        var document = new BsonDocument
        {
            ["_id"] = state.Key,
            ["citizen"] = state.CitizenId is null ? BsonValue.Null : new BsonValue(state.CitizenId),
            ["tenant"] = state.TenantId,
            ["version"] = version,
            ["lastSequence"] = lastSequence,
            ["state"] = json,
        };
        if (exists)
        {
            collection.Update(document);
        }
        else
        {
            collection.Insert(document);
        }

        return json;
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

internal readonly record struct ConversationHead(long Version, long LastSequence, bool Exists = false);
