using ChatAssistant.Core.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Outbox;

/// <summary>The outbox's writes to the data file; each runs on the applier thread inside its transaction.</summary>
internal static class OutboxWrites
{
    private const string SequenceCounter = "outbox.sequence";

    /// <summary>The outbox's last sequence number as stored.</summary>
    public static long ReadSequence(LiteDatabase db) =>
        db.GetCollection(StoreCollections.Counters).FindById(SequenceCounter)?["value"].AsInt64 ?? 0;

    /// <summary>Stores the messages whose id is new (a message is never stored twice), and the sequence after them.</summary>
    public static void InsertNew(LiteDatabase db, IReadOnlyList<BsonDocument> messages, long sequence)
    {
        var collection = db.GetCollection(StoreCollections.Outbox);
        foreach (var message in messages)
        {
            if (collection.FindById(message["_id"]) is null)
            {
                collection.Insert(message);
            }
        }

        var counters = db.GetCollection(StoreCollections.Counters);
        if (sequence > ReadSequence(db))
        {
            counters.Upsert(new BsonDocument { ["_id"] = SequenceCounter, ["value"] = sequence });
        }
    }

    public static IReadOnlyList<OutboxMessage> ClaimDue(LiteDatabase db, string botId, DateTimeOffset now, int max, DateTimeOffset leaseUntil)
    {
        var collection = db.GetCollection(StoreCollections.Outbox);
        var prefix = OutboxDocuments.BotQueuePrefix(botId);
        var claimed = new List<OutboxMessage>();
        var chatsTaken = new HashSet<string>(StringComparer.Ordinal);
        var chatHeads = new Dictionary<string, string>(StringComparer.Ordinal);

        // Walk the bot's live messages by priority then age; a message leaves only if it is its chat's oldest.
        foreach (var document in collection.Find(Query.Between("queue", prefix, prefix + OrderedKey.End)))
        {
            if (claimed.Count >= max)
            {
                break;
            }

            var message = OutboxDocuments.FromDocument(document);
            var chat = OutboxDocuments.ChatKey(message);
            if (message.NotBefore > now || chatsTaken.Contains(chat))
            {
                continue;
            }

            if (!chatHeads.TryGetValue(chat, out var headId))
            {
                headId = OldestOfChat(collection, botId, chat);
                chatHeads[chat] = headId;
            }

            if (headId == message.Id)
            {
                chatsTaken.Add(chat);
                claimed.Add(message);
            }
        }

        foreach (var message in claimed)
        {
            message.Status = OutboxStatus.Sending;
            message.NotBefore = leaseUntil;
            message.Attempts++;
            collection.Update(OutboxDocuments.ToDocument(message));
        }

        return claimed;
    }

    /// <summary>Applies <paramref name="change"/> to a stored message; an unknown id is ignored.</summary>
    public static bool Change(LiteDatabase db, string messageId, Func<OutboxMessage, bool> change)
    {
        var collection = db.GetCollection(StoreCollections.Outbox);
        var document = collection.FindById(messageId);
        if (document is null)
        {
            return false;
        }

        var message = OutboxDocuments.FromDocument(document);
        if (!change(message))
        {
            return false;
        }

        collection.Update(OutboxDocuments.ToDocument(message));
        return true;
    }

    /// <summary>Deletes the messages of a chat that have not left yet (erasure).</summary>
    public static int DeletePendingOfChat(LiteDatabase db, string botId, string chatKey)
    {
        var prefix = OutboxDocuments.ChatQueuePrefix(botId, chatKey);
        return db.GetCollection(StoreCollections.Outbox).DeleteMany(Query.Between("chatQueue", prefix, prefix + OrderedKey.End));
    }

    private static string OldestOfChat(ILiteCollection<BsonDocument> collection, string botId, string chatKey)
    {
        var prefix = OutboxDocuments.ChatQueuePrefix(botId, chatKey);
        return collection.Find(Query.Between("chatQueue", prefix, prefix + OrderedKey.End), limit: 1).First()["_id"].AsString;
    }
}
