using System.Text;
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

    /// <summary>From the file; the writer asks <see cref="ConversationHeads"/> instead.</summary>
    public static ConversationHead ReadHead(LiteDatabase db, string key)
    {
        var document = db.GetCollection(StoreCollections.Conversations).FindById(key);
        return document is null
            ? new ConversationHead(0, 0)
            : new ConversationHead(document["version"].AsInt64, document["lastSequence"].AsInt64);
    }

    /// <summary>The version and state JSON as stored (version 0 and no JSON when there is no such conversation).</summary>
    public static CachedState ReadCached(LiteDatabase db, string key)
    {
        var document = db.GetCollection(StoreCollections.Conversations).FindById(key);
        return document is null
            ? new CachedState(0, null)
            : new CachedState(document["version"].AsInt64, document["state"].IsString ? Encoding.UTF8.GetBytes(document["state"].AsString) : null);
    }

    public static ConversationState? ToState(CachedState cached)
    {
        if (cached.StateUtf8Json is null)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize<ConversationState>(cached.StateUtf8Json, Json)!;
        state.Version = cached.Version;
        return state;
    }

    public static byte[] Serialize(ConversationState state) => JsonSerializer.SerializeToUtf8Bytes(state, Json);

    /// <summary>The conversation's document (<paramref name="utf8Json"/>: <see cref="Serialize"/> of its state, stored as a string).</summary>
    public static BsonDocument Build(ConversationState state, byte[] utf8Json, long version, long lastSequence) => new()
    {
        ["_id"] = state.Key,
        ["citizen"] = state.CitizenId is null ? BsonValue.Null : new BsonValue(state.CitizenId),
        ["tenant"] = state.TenantId,
        ["version"] = version,
        ["lastSequence"] = lastSequence,
        ["state"] = Encoding.UTF8.GetString(utf8Json),
    };

    /// <summary>Moves the transcript head of a conversation that may have no state yet.</summary>
    public static void WriteLastSequence(LiteDatabase db, string key, long lastSequence)
    {
        var collection = db.GetCollection(StoreCollections.Conversations);
        var document = collection.FindById(key) ?? HeadOnly(key, lastSequence);
        document["lastSequence"] = lastSequence;
        collection.Upsert(document);
    }

    /// <summary>
    /// Replaces the conversation with its head alone: no state, no citizen, version 0 like a conversation never saved
    /// (a turn still holding the old state is refused as stale and starts again from nothing).
    /// </summary>
    public static void WriteHeadOnly(LiteDatabase db, string key, long lastSequence) =>
        db.GetCollection(StoreCollections.Conversations).Update(HeadOnly(key, lastSequence));

    private static BsonDocument HeadOnly(string key, long lastSequence) => new()
    {
        ["_id"] = key,
        ["citizen"] = BsonValue.Null,
        ["version"] = 0L,
        ["lastSequence"] = lastSequence,
        ["state"] = BsonValue.Null,
    };
}

internal readonly record struct ConversationHead(long Version, long LastSequence);
