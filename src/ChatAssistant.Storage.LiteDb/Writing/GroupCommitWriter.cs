using System.Diagnostics;
using System.Threading.Channels;
using ChatAssistant.Core.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Writing;

/// <summary>
/// The store's one writing thread. It takes every write queued at that moment (up to a batch), runs them in one LiteDB
/// transaction, commits, checkpoints, and only then answers their callers. LiteDB commits a few hundred single writes a
/// second but tens of thousands of documents in one transaction, so waiting callers share a commit (group commit).
/// The checkpoint matters for durability: LiteDB's <c>Commit()</c> returns before its log writer has written the
/// pages, and <c>Checkpoint()</c> waits for it and moves the pages into the data file (whose stream syncs on every
/// flush, see <see cref="Files.SyncedFileStream"/>). It also keeps the log short, so no large checkpoint ever stalls
/// writes later.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly int _maxBatchSize;
    private readonly Channel<StoreWrite> _queue = Channel.CreateUnbounded<StoreWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _thread;
    private Exception? _fault;

    public GroupCommitWriter(LiteDatabase db, int maxBatchSize)
    {
        _db = db;
        _maxBatchSize = maxBatchSize;
        _thread = new Thread(WriteLoop) { Name = "ChatAssistant store writer", IsBackground = true };
        _thread.Start();
    }

    /// <summary>True once a commit could not be made durable or a failed group undone: the store takes no more writes until restarted.</summary>
    public bool IsFaulted => Volatile.Read(ref _fault) is not null;

    /// <summary>Queues a write; the task completes once it is committed and on disk. Once queued it is carried out even if the caller stops waiting.</summary>
    public Task<T> Write<T>(Func<LiteDatabase, T> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfFaulted();
        var queued = new StoreWrite<T>(write);
        if (!_queue.Writer.TryWrite(queued))
        {
            throw new StoreUnavailableException("The store is closed: it accepts no more writes.");
        }

        return queued.Task;
    }

    /// <inheritdoc cref="Write{T}"/>
    public Task Write(Action<LiteDatabase> write, CancellationToken cancellationToken) =>
        Write(db =>
        {
            write(db);
            return true;
        }, cancellationToken);

    /// <summary>Stops taking writes, carries out everything queued, then stops the thread.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _thread.Join();
    }

    private void WriteLoop()
    {
        var batch = new List<StoreWrite>(_maxBatchSize);
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < _maxBatchSize && reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            if (Refusal() is { } refusal)
            {
                batch.ForEach(write => write.Fail(refusal));
            }
            else
            {
                CommitGroup(batch);
            }

            batch.Clear();
        }
    }

    private void CommitGroup(List<StoreWrite> batch)
    {
        var started = Stopwatch.GetTimestamp();
        if (TryCommit(batch, out var error))
        {
            Completed(batch, started);
            return;
        }

        if (IsFaulted)
        {
            batch.ForEach(write => write.Fail(Refusal()!));
            return;
        }

        // One bad write (a key too long, say) must not sink the others: each alone, so only it fails.
        foreach (var write in batch)
        {
            if (TryCommit([write], out error))
            {
                Completed([write], started);
            }
            else
            {
                write.Fail(Refusal() ?? error!);
            }
        }
    }

    /// <summary>Runs the writes in one transaction and makes it durable; false (rolled back) if a write threw.</summary>
    private bool TryCommit(List<StoreWrite> writes, out Exception? error)
    {
        try
        {
            _db.BeginTrans();
            writes.ForEach(write => write.Run(_db));
        }
        catch (Exception ex)
        {
            error = ex;
            RollBack(ex);
            return false;
        }

        try
        {
            _db.Commit();
            _db.Checkpoint();
        }
        catch (Exception ex)
        {
            // The disk failed under a commit: what LiteDB holds can no longer be trusted to match what callers were told.
            Interlocked.CompareExchange(ref _fault, ex, null);
            error = ex;
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// Undoes a group that threw. If LiteDB cannot undo it either (one of its own consistency checks failed), nothing it
    /// holds can be trusted: the store refuses every write from now on instead of the exception ending the writer thread,
    /// and with it the process.
    /// </summary>
    private void RollBack(Exception cause)
    {
        try
        {
            _db.Rollback();
        }
        catch (Exception ex)
        {
            Interlocked.CompareExchange(ref _fault, new AggregateException(cause, ex), null);
        }
    }

    private static void Completed(List<StoreWrite> writes, long started)
    {
        StoreMetrics.GroupCommit.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var write in writes)
        {
            write.Complete();
            StoreMetrics.DurableWrite.Record(Stopwatch.GetElapsedTime(write.QueuedAt).TotalMilliseconds);
        }
    }

    private StoreUnavailableException? Refusal() =>
        Volatile.Read(ref _fault) is { } cause
            ? new StoreUnavailableException("The store stopped after a write could not be committed or undone: " + cause.Message + " Restart the service.", cause)
            : null;

    private void ThrowIfFaulted()
    {
        if (Refusal() is { } refusal)
        {
            throw refusal;
        }
    }
}
