using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Outbox;

/// <summary>
/// Outbox messages as documents. While a message can still leave (pending, or sending under a lease) it carries two
/// index keys: <c>queue</c> (bot, priority, age) orders a bot's claims, <c>chatQueue</c> (bot, chat, age) finds a chat's
/// oldest message. Sent and failed messages drop both keys, so claims never walk over them.
/// </summary>
internal static class OutboxDocuments
{
    public static string ChatKey(OutboxMessage message) => ConversationKey.Of(message.ChannelId, message.ChatId);

    public static string BotQueuePrefix(string botId) => OrderedKey.Part(botId);

    /// <summary>A chat is one bot's conversation with one person: Telegram gives a person the same chat id with every bot.</summary>
    public static string ChatQueuePrefix(string botId, string chatKey) => OrderedKey.Part(botId) + OrderedKey.Part(chatKey);

    public static string BotStatus(string botId, OutboxStatus status) => OrderedKey.Part(botId) + (int)status;

    public static BsonDocument ToDocument(OutboxMessage message) => new()
    {
        ["_id"] = message.Id,
        ["bot"] = message.BotId,
        ["channel"] = message.ChannelId,
        ["chat"] = message.ChatId,
        ["priority"] = (int)message.Priority,
        ["json"] = message.ActivityJson,
        ["status"] = (int)message.Status,
        ["attempts"] = message.Attempts,
        ["created"] = message.CreatedAt.UtcTicks,
        ["notBefore"] = message.NotBefore.UtcTicks,
        ["error"] = message.LastError is null ? BsonValue.Null : new BsonValue(message.LastError),
        ["sequence"] = message.Sequence,
        ["sentParts"] = message.SentParts,
        ["queue"] = IsActive(message.Status) ? QueueKey(message) : BsonValue.Null,
        ["chatQueue"] = IsActive(message.Status) ? ChatQueuePrefix(message.BotId, ChatKey(message)) + Age(message) : BsonValue.Null,
        ["botStatus"] = BotStatus(message.BotId, message.Status),
    };

    public static OutboxMessage FromDocument(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        BotId = document["bot"].AsString,
        ChannelId = document["channel"].AsString,
        ChatId = document["chat"].AsString,
        Priority = (OutboxPriority)document["priority"].AsInt32,
        ActivityJson = document["json"].AsString,
        Status = (OutboxStatus)document["status"].AsInt32,
        Attempts = document["attempts"].AsInt32,
        CreatedAt = new DateTimeOffset(document["created"].AsInt64, TimeSpan.Zero),
        NotBefore = new DateTimeOffset(document["notBefore"].AsInt64, TimeSpan.Zero),
        LastError = document["error"].IsString ? document["error"].AsString : null,
        Sequence = document["sequence"].AsInt64,
        // Absent in documents written before multi-part progress was kept.
        SentParts = document["sentParts"].IsInt32 ? document["sentParts"].AsInt32 : 0,
    };

    public static bool IsActive(OutboxStatus status) => status is OutboxStatus.Pending or OutboxStatus.Sending;

    private static string QueueKey(OutboxMessage message) =>
        OrderedKey.Part(message.BotId) + (int)message.Priority + "|" + Age(message);

    private static string Age(OutboxMessage message) =>
        OrderedKey.Number(message.CreatedAt.UtcTicks) + "|" + OrderedKey.Number(message.Sequence);
}
