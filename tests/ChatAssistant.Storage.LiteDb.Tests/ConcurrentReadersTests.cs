using System.Diagnostics;
using ChatAssistant.Storage.LiteDb.Files;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Tests;

/// <summary>
/// LiteDB as <see cref="DataFileOpener"/> opens it (over <see cref="SyncedFileStream"/>s): one writer committing large
/// transactions of growing and shrinking documents, each followed by a checkpoint as the store does, while 32 threads
/// read them with no lock of ours. With LiteDB 5.0.20 over the journaled store's own streams this failed 4 runs of 4
/// (LiteDB read a page's bytes wrong), which is why that store let one thread at a time into LiteDB. With 5.0.21 over
/// plain file streams it passes, so the store lets readers in at once.
/// </summary>
public sealed class ConcurrentReadersTests : IDisposable
{
    private const int Documents = 10_000;
    private const int WritesPerTransaction = 1_500;
    private const int Readers = 32;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LargeTransactionsWithConcurrentReaders_EveryReadSeesWhatWasCommitted()
    {
        var (db, fileLock) = DataFileOpener.Open(_folder.Path);
        using var held = fileLock;
        using var database = db;
        var committed = new long[Documents];
        Exception? failure = null;
        var staleReads = 0;
        var reads = 0;
        InTransaction(database, raw =>
        {
            for (var i = 0; i < Documents; i++)
            {
                raw.GetCollection("c").Insert(Document(i, 0));
            }
        });

        var watch = Stopwatch.StartNew();
        var threads = new List<Thread> { new(() => Guard(() => Write(database, committed, watch))) };
        threads.AddRange(Enumerable.Range(0, Readers).Select(seed => new Thread(() => Guard(() =>
        {
            var random = new Random(seed);
            while (watch.Elapsed < Duration && Volatile.Read(ref failure) is null)
            {
                var id = random.Next(Documents);
                var expected = Volatile.Read(ref committed[id]);
                var read = database.GetCollection("c").FindById($"conv{id}")["v"].AsInt64;
                Interlocked.Increment(ref reads);
                if (read < expected)
                {
                    Interlocked.Increment(ref staleReads);
                }
            }
        }))));
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Null(failure);
        Assert.Equal(0, staleReads);
        Assert.True(reads > 10_000, $"only {reads} reads: the readers hardly ran");

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

    private static void InTransaction(LiteDatabase database, Action<LiteDatabase> work)
    {
        database.BeginTrans();
        work(database);
        database.Commit();
        database.Checkpoint();
    }

    private static void Write(LiteDatabase database, long[] committed, Stopwatch watch)
    {
        var turn = 0L;
        while (watch.Elapsed < Duration)
        {
            var written = new List<(int Id, long Version)>(WritesPerTransaction);
            InTransaction(database, raw =>
            {
                for (var k = 0; k < WritesPerTransaction; k++)
                {
                    var id = (int)(turn++ * 7_919 % Documents);
                    var version = committed[id] + 1;
                    raw.GetCollection("c").Upsert(Document(id, version));
                    raw.GetCollection("t").Insert(new BsonDocument { ["_id"] = $"conv{id:D5}|{version:D19}", ["json"] = new string('z', 700) });
                    written.Add((id, version));
                }
            });
            written.ForEach(write => Volatile.Write(ref committed[write.Id], write.Version));
        }
    }

    // Sizes vary from one version to the next, so documents move between pages.
    private static BsonDocument Document(int id, long version) =>
        new() { ["_id"] = $"conv{id}", ["v"] = version, ["pad"] = new string('y', 200 + (int)(version * 37 % 900)) };
}
