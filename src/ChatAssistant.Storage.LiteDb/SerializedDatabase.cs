using LiteDB;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>
/// LiteDB, entered by one thread at a time. LiteDB 5.0.20 misreads pages when threads read at once over caller-given
/// streams, the mode <see cref="Files.WriteAheadStreams"/> puts it in (its page cache can hand a page out while
/// another reader recycles it): 32 readers and a writer failed 4 runs of 4 within 20 s, readers kept apart from the
/// writer but not from each other still failed 4 of 4, every call under one lock passed every run
/// (tests/ChatAssistant.Storage.LiteDb.Tests/SerializedDatabaseTests.cs).
/// The lock is held for one call, not for a transaction: LiteDB's transactions belong to a thread and stay open
/// between calls, so a reader waits for one record's apply or a commit, never for a whole batch. So that no thread
/// can wait inside LiteDB for a lock another thread holds while that one waits here, there is one writing thread
/// (the applier); every other thread only reads, each read in one call.
/// </summary>
internal sealed class SerializedDatabase(LiteDatabase db) : IDisposable
{
    private readonly Lock _gate = new();

    public T Run<T>(Func<LiteDatabase, T> work)
    {
        lock (_gate)
        {
            return work(db);
        }
    }

    public void Run(Action<LiteDatabase> work)
    {
        lock (_gate)
        {
            work(db);
        }
    }

    /// <summary>
    /// One transaction on the calling thread (never held across an await), committed if <paramref name="work"/>
    /// returns, rolled back and rethrown if it throws. The work enters the database through <see cref="Run{T}"/>.
    /// </summary>
    public void InTransaction(Action work)
    {
        Run(database => database.BeginTrans());
        try
        {
            work();
            Run(database => database.Commit());
        }
        catch
        {
            Run(database => database.Rollback());
            throw;
        }
    }

    public void Dispose() => db.Dispose();
}
