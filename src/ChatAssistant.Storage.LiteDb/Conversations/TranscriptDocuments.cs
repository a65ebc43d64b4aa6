using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Conversations;

/// <summary>
/// The transcript, one document per append: a turn's activities (the citizen's message and the bot's replies) share
/// one document, keyed by conversation and the sequence of its LAST activity. One index insert per turn instead of one
/// per activity; and the documents holding activities after sequence S are exactly those keyed after S.
/// </summary>
internal static class TranscriptDocuments
{
    /// <summary>The newest activity time of a document (ticks, UTC): what the retention purge compares, through its index.</summary>
    public const string NewestTicks = "newest";

    private static string Id(string conversationKey, long lastSequence) => OrderedKey.Part(conversationKey) + OrderedKey.Number(lastSequence);

    public static BsonExpression All(string conversationKey) => After(conversationKey, 0);

    /// <summary>Stores <paramref name="activities"/> after <paramref name="lastSequence"/> (moved to the last one) in one document; assigns missing activity ids.</summary>
    public static IReadOnlyList<TranscriptEntry> Insert(LiteDatabase db, string conversationKey, IReadOnlyList<Activity> activities, ref long lastSequence)
    {
        var entries = new List<TranscriptEntry>(activities.Count);
        var documents = new BsonArray();
        var newest = 0L;
        foreach (var activity in activities)
        {
            var sequence = ++lastSequence;
            // Direct Line clients expect "conversationId|sequence" ids.
            activity.Id ??= $"{activity.Conversation?.Id ?? conversationKey}|{sequence:D7}";
            var timestamp = activity.Timestamp ?? DateTimeOffset.UnixEpoch;
            newest = Math.Max(newest, timestamp.UtcTicks);
            var entry = new TranscriptEntry(conversationKey, sequence, activity.Id, ActivityJson.Serialize(activity), timestamp);
            documents.Add(new BsonDocument
            {
                ["activityId"] = entry.ActivityId,
                ["json"] = entry.ActivityJson,
                ["ticks"] = timestamp.UtcTicks,
            });
            entries.Add(entry);
        }

        if (entries.Count > 0)
        {
            db.GetCollection(StoreCollections.Transcript).Insert(new BsonDocument
            {
                ["_id"] = Id(conversationKey, lastSequence),
                ["first"] = entries[0].Sequence,
                [NewestTicks] = Math.Max(1, newest),
                ["activities"] = documents,
            });
        }

        return entries;
    }

    /// <summary>Up to <paramref name="limit"/> entries with a sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    public static List<TranscriptEntry> Read(LiteDatabase db, string conversationKey, long afterSequence, int limit) =>
        db.GetCollection(StoreCollections.Transcript)
            .Find(After(conversationKey, afterSequence))
            .SelectMany(document => ToEntries(conversationKey, document))
            .Where(entry => entry.Sequence > afterSequence)
            .Take(limit)
            .ToList();

    private static BsonExpression After(string conversationKey, long afterSequence) =>
        Query.Between("_id", Id(conversationKey, Math.Max(afterSequence, 0) + 1), OrderedKey.Part(conversationKey) + OrderedKey.End);

    private static IEnumerable<TranscriptEntry> ToEntries(string conversationKey, BsonDocument document)
    {
        var sequence = document["first"].AsInt64;
        foreach (var activity in document["activities"].AsArray)
        {
            yield return ToEntry(conversationKey, sequence++, activity.AsDocument);
        }
    }

    private static TranscriptEntry ToEntry(string conversationKey, long sequence, BsonDocument activity) =>
        new(conversationKey, sequence, activity["activityId"].AsString, activity["json"].AsString, new DateTimeOffset(activity["ticks"].AsInt64, TimeSpan.Zero));
}
