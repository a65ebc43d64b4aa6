using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Outbox;

/// <summary>The outbox's writes; each runs on the writer's thread inside its transaction.</summary>
internal static class OutboxWrites
{
    private const string SequenceCounter = "outbox.sequence";

    /// <summary>
    /// Stores the messages whose id is new (a message is never stored twice), numbered in the order they are accepted
    /// (their age within a millisecond).
    /// </summary>
    public static void InsertNew(LiteDatabase db, IReadOnlyList<OutboxMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var collection = db.GetCollection(StoreCollections.Outbox);
        var counters = db.GetCollection(StoreCollections.Counters);
        var sequence = counters.FindById(SequenceCounter)?["value"].AsInt64 ?? 0;
        foreach (var message in messages)
        {
            if (collection.FindById(message.Id) is null)
            {
                message.Sequence = ++sequence;
                collection.Insert(OutboxDocuments.ToDocument(message));
            }
        }

        counters.Upsert(new BsonDocument { ["_id"] = SequenceCounter, ["value"] = sequence });
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

    /// <summary>Sets a stored message's status; an unknown id is ignored.</summary>
    /// <param name="notBefore">The new earliest send time; null keeps it.</param>
    /// <param name="onlyIfActive">Leaves a message that already left or was given up as it is.</param>
    public static void Change(LiteDatabase db, string messageId, OutboxStatus status, DateTimeOffset? notBefore, string? error, bool onlyIfActive)
    {
        var collection = db.GetCollection(StoreCollections.Outbox);
        if (collection.FindById(messageId) is not { } document)
        {
            return;
        }

        var message = OutboxDocuments.FromDocument(document);
        if (onlyIfActive && !OutboxDocuments.IsActive(message.Status))
        {
            return;
        }

        message.Status = status;
        message.NotBefore = notBefore ?? message.NotBefore;
        message.LastError = error;
        collection.Update(OutboxDocuments.ToDocument(message));
    }

    public static void RecordSentParts(LiteDatabase db, string messageId, int sentParts)
    {
        var collection = db.GetCollection(StoreCollections.Outbox);
        if (collection.FindById(messageId) is { } document)
        {
            var message = OutboxDocuments.FromDocument(document);
            message.SentParts = Math.Max(message.SentParts, sentParts);
            collection.Update(OutboxDocuments.ToDocument(message));
        }
    }

    /// <summary>Deletes the messages of a group chat addressed to one member (erasure of that member).</summary>
    public static void DeleteNamingOfChat(LiteDatabase db, string botId, string chatKey, string channelUserId)
    {
        var collection = db.GetCollection(StoreCollections.Outbox);
        var chatId = chatKey[(chatKey.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var ids = collection.Find(Query.EQ("chat", chatId))
            .Where(d => d["bot"].AsString == botId && GroupErasure.Names(d["json"].AsString, channelUserId))
            .Select(d => d["_id"])
            .ToList();
        ids.ForEach(id => collection.Delete(id));
    }

    /// <summary>Deletes every message of a chat, sent and failed ones too: they hold the reply and the chat id (erasure).</summary>
    public static int DeleteAllOfChat(LiteDatabase db, string botId, string chatKey)
    {
        var collection = db.GetCollection(StoreCollections.Outbox);
        // The key is channel:chat; a channel id has no ':', a chat id may.
        var chatId = chatKey[(chatKey.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var ids = collection.Find(Query.EQ("chat", chatId))
            .Where(d => d["bot"].AsString == botId && OutboxDocuments.ChatKey(OutboxDocuments.FromDocument(d)) == chatKey)
            .Select(d => d["_id"])
            .ToList();
        ids.ForEach(id => collection.Delete(id));
        return ids.Count;
    }

    private static string OldestOfChat(ILiteCollection<BsonDocument> collection, string botId, string chatKey)
    {
        var prefix = OutboxDocuments.ChatQueuePrefix(botId, chatKey);
        return collection.Find(Query.Between("chatQueue", prefix, prefix + OrderedKey.End), limit: 1).First()["_id"].AsString;
    }
}
