using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Conversations;

/// <summary>Transcript entries as documents: the activity's JSON verbatim, keyed by conversation and sequence.</summary>
internal static class TranscriptDocuments
{
    public static string Id(string conversationKey, long sequence) => OrderedKey.Part(conversationKey) + OrderedKey.Number(sequence);

    public static BsonExpression After(string conversationKey, long afterSequence) =>
        Query.Between("_id", Id(conversationKey, Math.Max(afterSequence, 0) + 1), OrderedKey.Part(conversationKey) + OrderedKey.End);

    public static BsonExpression All(string conversationKey) => After(conversationKey, 0);

    /// <summary>Appends <paramref name="activities"/> after <paramref name="lastSequence"/>; assigns missing activity ids.</summary>
    public static List<TranscriptEntry> Append(LiteDatabase db, string conversationKey, IReadOnlyList<Activity> activities, ref long lastSequence)
    {
        var collection = db.GetCollection(StoreCollections.Transcript);
        var entries = new List<TranscriptEntry>(activities.Count);
        foreach (var activity in activities)
        {
            var sequence = ++lastSequence;
            // Direct Line clients expect "conversationId|sequence" ids.
            activity.Id ??= $"{activity.Conversation?.Id ?? conversationKey}|{sequence:D7}";
            var timestamp = activity.Timestamp ?? DateTimeOffset.UnixEpoch;
            var entry = new TranscriptEntry(conversationKey, sequence, activity.Id, ActivityJson.Serialize(activity), timestamp);
            collection.Insert(new BsonDocument
            {
                ["_id"] = Id(conversationKey, sequence),
                ["activityId"] = entry.ActivityId,
                ["json"] = entry.ActivityJson,
                ["ticks"] = timestamp.UtcTicks,
            });
            entries.Add(entry);
        }

        return entries;
    }

    public static TranscriptEntry ToEntry(string conversationKey, BsonDocument document)
    {
        var id = document["_id"].AsString;
        var sequence = long.Parse(id.AsSpan(id.Length - 19), System.Globalization.CultureInfo.InvariantCulture);
        return new TranscriptEntry(conversationKey, sequence, document["activityId"].AsString, document["json"].AsString,
            new DateTimeOffset(document["ticks"].AsInt64, TimeSpan.Zero));
    }
}
