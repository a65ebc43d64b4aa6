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

    /// <summary>Version and last transcript sequence (both 0 when there is no such conversation).</summary>
    public static ConversationHead ReadHead(LiteDatabase db, string key)
    {
        var document = db.GetCollection(StoreCollections.Conversations).FindById(key);
        return document is null
            ? new ConversationHead(0, 0)
            : new ConversationHead(document["version"].AsInt64, document["lastSequence"].AsInt64);
    }

    /// <summary>The conversation's state with its version; null when none was ever saved (or it was erased).</summary>
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

    /// <summary>The state as stored: JSON, so there is no mapping to keep in step with the class. Built on the caller's thread.</summary>
    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, Json);

    /// <summary>Replaces the conversation's document (<paramref name="stateJson"/>: <see cref="Serialize"/> of its state).</summary>
    public static void Write(LiteDatabase db, ConversationState state, string stateJson, long version, long lastSequence) =>
        db.GetCollection(StoreCollections.Conversations).Upsert(new BsonDocument
        {
            ["_id"] = state.Key,
            ["citizen"] = state.CitizenId is null ? BsonValue.Null : new BsonValue(state.CitizenId),
            ["tenant"] = state.TenantId,
            ["version"] = version,
            ["lastSequence"] = lastSequence,
            ["state"] = stateJson,
            // Erasure looks at group chats' participants: the citizen field names only whoever spoke last.
            ["group"] = state.IsGroup,
        });

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
