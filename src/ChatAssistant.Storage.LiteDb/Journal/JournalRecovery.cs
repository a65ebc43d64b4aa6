using ChatAssistant.Storage.LiteDb.Files;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Journal;

/// <summary>
/// Opening the journal after a stop: the data file records the number of the last journal record it holds (written
/// in the same transaction as the record), so every later record found in the journal is applied, then made durable,
/// before the store takes any write. After a clean stop the journal is empty. A record the file refuses stops the
/// open with a plain message; the journal is kept, so nothing acknowledged is thrown away.
/// </summary>
internal static class JournalRecovery
{
    /// <summary>Journal files are started afresh past this size; a full one is deleted once the file holds all of it.</summary>
    public const long SegmentBytes = 32 * 1024 * 1024;

    private const string AppliedCounter = "journal.applied";
    private const int RecordsPerTransaction = 1_000;

    public static void WriteApplied(LiteDatabase db, long record) =>
        db.GetCollection(StoreCollections.Counters).Upsert(new BsonDocument { ["_id"] = AppliedCounter, ["value"] = record });

    /// <param name="lastRecord">The number of the last record now in the file: the next record is numbered after it.</param>
    /// <exception cref="StoreUnavailableException">A segment is damaged, or the file refuses a record.</exception>
    public static JournalFile Open(SerializedDatabase db, string directory, Action makeFileDurable, out long lastRecord)
    {
        var applied = db.Run(database => database.GetCollection(StoreCollections.Counters).FindById(AppliedCounter)?["value"].AsInt64 ?? 0);
        var last = applied;
        var batch = new List<JournalRecord>(RecordsPerTransaction);

        void Commit()
        {
            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                db.InTransaction(() => db.Run(database =>
                {
                    batch.ForEach(record => record.Apply(database));
                    WriteApplied(database, last);
                }));
            }
            catch (LiteException ex)
            {
                throw new StoreUnavailableException(
                    $"The journal in {directory} cannot be replayed: the data file refuses one of records {last - batch.Count + 1}–{last} ({ex.Message}). " +
                    "The journal was kept and the file holds every record before them; restore a backup, or keep both files for support.", ex);
            }

            batch.Clear();
        }

        var journal = JournalFile.Open(
            directory,
            SegmentBytes,
            (number, payload) =>
            {
                if (number <= applied)
                {
                    return;
                }

                batch.Add(JournalRecord.Deserialize(payload));
                last = number;
                if (batch.Count == RecordsPerTransaction)
                {
                    Commit();
                }
            },
            () =>
            {
                Commit();
                makeFileDurable();
            });
        lastRecord = last;
        return journal;
    }
}
