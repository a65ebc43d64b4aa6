using System.Diagnostics;
using ChatAssistant.Storage.LiteDb.Files;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Tests.Files;

/// <summary>
/// The open problem in README ("the store stopping"), reduced to LiteDB: one writer committing large transactions of
/// growing and shrinking documents while 32 threads read them. Through <see cref="DataFileOpener"/> (LiteDB given our
/// <see cref="WriteAheadStreams"/>) it failed 8 runs of 14 within 20 s, LiteDB reading a page's bytes wrong ("Offset and
/// length were out of bounds", "output byte buffer is too small"); with two plain MemoryStreams instead, 1 of 3 failed
/// the same way; with LiteDB opening its own files, 6 of 6 passed. So it is LiteDB 5.0.20's engine over caller-given
/// streams (one stream shared by every reader), the mode our write-ahead streams put it in. Skipped until the store
/// leaves that mode: it takes 20 s and fails about half the time.
/// </summary>
public sealed class SharedStreamConcurrencyTests : IDisposable
{
    private const int Documents = 10_000;
    private const int WritesPerTransaction = 1_500;
    private const int Readers = 32;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact(Skip = "Fails about half the time: the open problem in README (LiteDB 5.0.20 over caller-given streams).")]
    public void LargeTransactionsWithConcurrentReaders_EveryReadSeesWhatWasCommitted()
    {
        var (db, fileLock, _) = DataFileOpener.Open(_folder.Path);
        using var held = fileLock;
        using var database = db;
        var committed = new long[Documents];
        Exception? failure = null;
        var staleReads = 0;
        database.BeginTrans();
        for (var i = 0; i < Documents; i++)
        {
            database.GetCollection("c").Insert(Document(i, 0));
        }

        database.Commit();
        var watch = Stopwatch.StartNew();
        var threads = new List<Thread> { new(() => Guard(() => Write(database, committed, watch))) };
        threads.AddRange(Enumerable.Range(0, Readers).Select(seed => new Thread(() => Guard(() =>
        {
            var random = new Random(seed);
            while (watch.Elapsed < Duration && Volatile.Read(ref failure) is null)
            {
                var id = random.Next(Documents);
                var expected = Volatile.Read(ref committed[id]);
                if (database.GetCollection("c").FindById($"conv{id}")["v"].AsInt64 < expected)
                {
                    Interlocked.Increment(ref staleReads);
                }
            }
        }))));
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Null(failure);
        Assert.Equal(0, staleReads);

        void Guard(Action work)
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
        }
    }

    private static void Write(LiteDatabase database, long[] committed, Stopwatch watch)
    {
        var turn = 0L;
        while (watch.Elapsed < Duration)
        {
            var written = new List<(int Id, long Version)>(WritesPerTransaction);
            database.BeginTrans();
            for (var k = 0; k < WritesPerTransaction; k++)
            {
                var id = (int)(turn++ * 7_919 % Documents);
                var version = committed[id] + 1;
                database.GetCollection("c").Upsert(Document(id, version));
                database.GetCollection("t").Insert(new BsonDocument { ["_id"] = $"conv{id:D5}|{version:D19}", ["json"] = new string('z', 700) });
                written.Add((id, version));
            }

            database.Commit();
            written.ForEach(write => Volatile.Write(ref committed[write.Id], write.Version));
        }
    }

    // Sizes vary from one version to the next, so documents move between pages.
    private static BsonDocument Document(int id, long version) =>
        new() { ["_id"] = $"conv{id}", ["v"] = version, ["pad"] = new string('y', 200 + (int)(version * 37 % 900)) };
}
