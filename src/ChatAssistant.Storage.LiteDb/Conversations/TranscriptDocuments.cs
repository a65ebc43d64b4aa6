using System.Globalization;
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
    private static string Id(string conversationKey, long lastSequence) => OrderedKey.Part(conversationKey) + OrderedKey.Number(lastSequence);

    public static BsonExpression All(string conversationKey) => After(conversationKey, 0);

    /// <summary>The document appending <paramref name="activities"/> after <paramref name="lastSequence"/> (null when there are none); assigns missing activity ids.</summary>
    public static BsonDocument? Build(string conversationKey, IReadOnlyList<Activity> activities, ref long lastSequence, out List<TranscriptEntry> entries)
    {
        entries = new List<TranscriptEntry>(activities.Count);
        var documents = new BsonArray();
        foreach (var activity in activities)
        {
            var sequence = ++lastSequence;
            // Direct Line clients expect "conversationId|sequence" ids.
            activity.Id ??= $"{activity.Conversation?.Id ?? conversationKey}|{sequence:D7}";
            var timestamp = activity.Timestamp ?? DateTimeOffset.UnixEpoch;
            var entry = new TranscriptEntry(conversationKey, sequence, activity.Id, ActivityJson.Serialize(activity), timestamp);
            documents.Add(new BsonDocument
            {
                ["activityId"] = entry.ActivityId,
                ["json"] = entry.ActivityJson,
                ["ticks"] = timestamp.UtcTicks,
            });
            entries.Add(entry);
        }

        return entries.Count == 0
            ? null
            : new BsonDocument
            {
                ["_id"] = Id(conversationKey, lastSequence),
                ["first"] = entries[0].Sequence,
                ["activities"] = documents,
            };
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
        if (!document.ContainsKey("activities"))
        {
            // A file written before 2026-11-23: one activity per document, its sequence at the end of the id.
            var id = document["_id"].AsString;
            yield return ToEntry(conversationKey, long.Parse(id.AsSpan(id.Length - 19), CultureInfo.InvariantCulture), document);
            yield break;
        }

        var sequence = document["first"].AsInt64;
        foreach (var activity in document["activities"].AsArray)
        {
            yield return ToEntry(conversationKey, sequence++, activity.AsDocument);
        }
    }

    private static TranscriptEntry ToEntry(string conversationKey, long sequence, BsonDocument activity) =>
        new(conversationKey, sequence, activity["activityId"].AsString, activity["json"].AsString, new DateTimeOffset(activity["ticks"].AsInt64, TimeSpan.Zero));
}
