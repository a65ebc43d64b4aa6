using System.Text;
using ChatAssistant.Storage.LiteDb.Conversations;
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Journal;

/// <summary>
/// What one acknowledged write changes in the data file, decided before it is journaled: the documents to store, as
/// they will be stored. Each record is applied once: the file keeps the number of the last record applied, written in
/// the same transaction (see <see cref="JournalRecovery"/>).
/// </summary>
internal sealed class JournalRecord
{
    // LiteDB's index keys are at most 1,023 bytes, type and length included.
    private const int MaxKeyBytes = 1_000;
    private static readonly string[] IndexedFields = ["_id", "citizen", "queue", "chatQueue", "botStatus"];

    /// <summary>The conversation document, replaced whole.</summary>
    public BsonDocument? Conversation { get; init; }

    /// <summary>A transcript append outside a turn: only the conversation's last sequence moves.</summary>
    public (string Key, long LastSequence)? TranscriptHead { get; init; }

    /// <summary>One transcript document (a turn's activities).</summary>
    public BsonDocument? Transcript { get; init; }

    /// <summary>The citizen document, replaced whole.</summary>
    public BsonDocument? Citizen { get; init; }

    /// <summary>Outbox messages, stored unless their id is already there; and the outbox sequence after them.</summary>
    public IReadOnlyList<BsonDocument>? Outbox { get; init; }

    public long OutboxSequence { get; init; }

    public OutboxStatusChange? OutboxChange { get; init; }

    /// <summary>The conversation whose state or transcript this record changes, if any.</summary>
    public string? ConversationKey => Conversation?["_id"].AsString ?? TranscriptHead?.Key;

    public string? CitizenId => Citizen?["_id"].AsString;

    /// <summary>
    /// Refuses, before anything is decided on it, what LiteDB would refuse when applying it (by then the caller would
    /// have been told it was stored): an index key over its 1,023 bytes.
    /// </summary>
    /// <exception cref="ArgumentException">A key is too long.</exception>
    public JournalRecord EnsureStorable()
    {
        foreach (var document in new[] { Conversation, Transcript, Citizen }.Concat(Outbox ?? []).OfType<BsonDocument>())
        {
            foreach (var field in IndexedFields)
            {
                if (document.TryGetValue(field, out var value) && value.IsString && Encoding.UTF8.GetByteCount(value.AsString) > MaxKeyBytes)
                {
                    throw new ArgumentException($"The {field} key is longer than {MaxKeyBytes} bytes: it cannot be stored.");
                }
            }
        }

        return this;
    }

    public void Apply(LiteDatabase db)
    {
        if (Conversation is not null)
        {
            db.GetCollection(StoreCollections.Conversations).Upsert(Conversation);
        }

        if (TranscriptHead is { } head)
        {
            ConversationDocuments.WriteLastSequence(db, head.Key, head.LastSequence);
        }

        if (Transcript is not null)
        {
            db.GetCollection(StoreCollections.Transcript).Insert(Transcript);
        }

        if (Citizen is not null)
        {
            db.GetCollection(StoreCollections.Citizens).Upsert(Citizen);
        }

        if (Outbox is { Count: > 0 })
        {
            OutboxWrites.InsertNew(db, Outbox, OutboxSequence);
        }

        OutboxChange?.Apply(db);
    }

    public byte[] Serialize()
    {
        var document = new BsonDocument();
        Put(document, "conversation", Conversation);
        Put(document, "transcript", Transcript);
        Put(document, "citizen", Citizen);
        if (TranscriptHead is { } head)
        {
            document["head"] = new BsonDocument { ["key"] = head.Key, ["lastSequence"] = head.LastSequence };
        }

        if (Outbox is { Count: > 0 })
        {
            document["outbox"] = new BsonArray(Outbox);
            document["outboxSequence"] = OutboxSequence;
        }

        if (OutboxChange is not null)
        {
            document["outboxChange"] = OutboxChange.ToDocument();
        }

        return BsonSerializer.Serialize(document);
    }

    public static JournalRecord Deserialize(byte[] bytes)
    {
        var document = BsonSerializer.Deserialize(bytes);
        BsonDocument? Get(string name) => document.TryGetValue(name, out var value) && value.IsDocument ? value.AsDocument : null;
        var head = Get("head");
        return new JournalRecord
        {
            Conversation = Get("conversation"),
            Transcript = Get("transcript"),
            Citizen = Get("citizen"),
            TranscriptHead = head is null ? null : (head["key"].AsString, head["lastSequence"].AsInt64),
            Outbox = document.TryGetValue("outbox", out var outbox) ? outbox.AsArray.Select(message => message.AsDocument).ToList() : null,
            OutboxSequence = document.TryGetValue("outboxSequence", out var sequence) ? sequence.AsInt64 : 0,
            OutboxChange = Get("outboxChange") is { } change ? OutboxStatusChange.FromDocument(change) : null,
        };
    }

    private static void Put(BsonDocument document, string name, BsonDocument? value)
    {
        if (value is not null)
        {
            document[name] = value;
        }
    }
}
