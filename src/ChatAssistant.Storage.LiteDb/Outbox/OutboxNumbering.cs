using ChatAssistant.Core.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Outbox;

/// <summary>Outbox messages are numbered in the order they are accepted (their age within a millisecond). Sequencer thread only.</summary>
internal sealed class OutboxNumbering(long last)
{
    public long Last { get; private set; } = last;

    /// <summary>Numbers <paramref name="messages"/> and returns their documents.</summary>
    public List<BsonDocument> Number(IReadOnlyList<OutboxMessage> messages)
    {
        var documents = new List<BsonDocument>(messages.Count);
        foreach (var message in messages)
        {
            message.Sequence = ++Last;
            documents.Add(OutboxDocuments.ToDocument(message));
        }

        return documents;
    }
}
