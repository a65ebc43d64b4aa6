using ChatAssistant.Core.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Outbox;

/// <summary>
/// A change of an outbox message's status, journaled like a turn so that "sent" is durable within one journal fsync
/// (a message whose "sent" mark is lost in a crash goes out twice). Applied to the stored message in order.
/// </summary>
/// <param name="NotBefore">The new earliest send time; null keeps it.</param>
/// <param name="OnlyIfActive">Leaves a message that already left or was given up as it is.</param>
internal sealed record OutboxStatusChange(string MessageId, OutboxStatus Status, DateTimeOffset? NotBefore, string? Error, bool OnlyIfActive)
{
    public void Apply(LiteDatabase db) =>
        OutboxWrites.Change(db, MessageId, message =>
        {
            if (OnlyIfActive && !OutboxDocuments.IsActive(message.Status))
            {
                return false;
            }

            message.Status = Status;
            message.NotBefore = NotBefore ?? message.NotBefore;
            message.LastError = Error;
            return true;
        });

    public BsonDocument ToDocument() => new()
    {
        ["id"] = MessageId,
        ["status"] = (int)Status,
        ["notBefore"] = NotBefore is { } at ? at.UtcTicks : BsonValue.Null,
        ["error"] = Error is null ? BsonValue.Null : new BsonValue(Error),
        ["onlyIfActive"] = OnlyIfActive,
    };

    public static OutboxStatusChange FromDocument(BsonDocument document) => new(
        document["id"].AsString,
        (OutboxStatus)document["status"].AsInt32,
        document["notBefore"].IsNull ? null : new DateTimeOffset(document["notBefore"].AsInt64, TimeSpan.Zero),
        document["error"].IsNull ? null : document["error"].AsString,
        document["onlyIfActive"].AsBoolean);
}
