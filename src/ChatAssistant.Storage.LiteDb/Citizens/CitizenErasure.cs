using ChatAssistant.Storage.LiteDb.Conversations;
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Citizens;

/// <summary>
/// The right to be forgotten: the citizen record, every conversation of theirs (state and transcript) and the
/// messages still waiting to reach them. Processed message keys stay: they hold no content and keep a redelivered
/// message from being answered twice.
/// </summary>
internal static class CitizenErasure
{
    /// <summary>Returns the last transcript sequence of each erased conversation (watermarks must keep growing).</summary>
    public static Dictionary<string, long> Erase(LiteDatabase db, string citizenId)
    {
        var conversations = db.GetCollection(StoreCollections.Conversations);
        var transcript = db.GetCollection(StoreCollections.Transcript);
        var erased = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var document in conversations.Find(Query.EQ("citizen", citizenId)).ToList())
        {
            var key = document["_id"].AsString;
            erased[key] = document["lastSequence"].AsInt64;
            transcript.DeleteMany(TranscriptDocuments.All(key));
            if (document["tenant"].IsString)
            {
                OutboxWrites.DeletePendingOfChat(db, document["tenant"].AsString, key);
            }

            conversations.Delete(key);
        }

        db.GetCollection(StoreCollections.Citizens).Delete(citizenId);
        return erased;
    }
}
