using ChatAssistant.Storage.LiteDb.Conversations;
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Citizens;

/// <summary>
/// The right to be forgotten: the citizen record, every conversation of theirs (state and transcript) and every
/// outbox message of those chats, sent and failed ones too. Each conversation keeps only its head, which holds nothing personal: its
/// last sequence, so a web chat's watermark keeps growing.
/// </summary>
internal static class CitizenErasure
{
    public static void Erase(LiteDatabase db, string citizenId)
    {
        var conversations = db.GetCollection(StoreCollections.Conversations);
        var transcript = db.GetCollection(StoreCollections.Transcript);
        foreach (var document in conversations.Find(Query.EQ("citizen", citizenId)).ToList())
        {
            var key = document["_id"].AsString;
            transcript.DeleteMany(TranscriptDocuments.All(key));
            if (document["tenant"].IsString)
            {
                OutboxWrites.DeleteAllOfChat(db, document["tenant"].AsString, key);
            }

            ConversationDocuments.WriteHeadOnly(db, key, document["lastSequence"].AsInt64);
        }

        db.GetCollection(StoreCollections.Citizens).Delete(citizenId);
    }
}
