using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Conversations;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Retention;

/// <summary>
/// The retention purge, on the writer's thread inside its transaction. A transcript document (one append: a turn's
/// activities) goes when its newest activity is older than the cutoff. Conversation heads stay, with their last sequence.
/// </summary>
internal static class RetentionPurgeWrites
{
    public static RetentionPurgeCounts Purge(LiteDatabase db, DateTimeOffset transcriptsBefore, DateTimeOffset finishedOutboxBefore, DateTimeOffset closedTicketsBefore)
    {
        var transcript = db.GetCollection(StoreCollections.Transcript);
        long entries = 0;
        // Between, not LT: in LiteDB's order a missing field (null) sorts before every number.
        foreach (var document in transcript.Find(Query.Between(TranscriptDocuments.NewestTicks, 1L, transcriptsBefore.UtcTicks - 1)).ToList())
        {
            entries += document["activities"].AsArray.Count;
            transcript.Delete(document["_id"]);
        }

        // Documents written before the field existed: their newest time is read from the activities, and kept for next time.
        foreach (var document in transcript.Find(Query.EQ(TranscriptDocuments.NewestTicks, BsonValue.Null)).ToList())
        {
            var newest = document["activities"].AsArray.Max(a => a.AsDocument["ticks"].AsInt64);
            if (newest < transcriptsBefore.UtcTicks)
            {
                entries += document["activities"].AsArray.Count;
                transcript.Delete(document["_id"]);
            }
            else
            {
                document[TranscriptDocuments.NewestTicks] = Math.Max(1, newest);
                transcript.Update(document);
            }
        }

        var outbox = db.GetCollection(StoreCollections.Outbox);
        var finished = outbox.Find(Query.And(
                Query.In("status", (int)OutboxStatus.Sent, (int)OutboxStatus.Failed),
                Query.LT("created", finishedOutboxBefore.UtcTicks)))
            .Select(d => d["_id"])
            .ToList();
        foreach (var id in finished)
        {
            outbox.Delete(id);
        }

        // Between, not LT: an open ticket's closedTicks is null, which sorts before every number.
        var tickets = db.GetCollection(StoreCollections.HandoffTickets).DeleteMany(Query.Between("closedTicks", 1L, closedTicketsBefore.UtcTicks - 1));
        return new RetentionPurgeCounts(entries, finished.Count, tickets);
    }
}
