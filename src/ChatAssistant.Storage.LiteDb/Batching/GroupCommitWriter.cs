using System.Collections.Concurrent;
using LiteDB;
using ChatAssistant.Storage.LiteDb.Files;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// Group commit. LiteDB does ~350 separately committed writes a second but tens of thousands of documents a second in
/// one transaction, so one dedicated thread takes every write queued at that moment, applies them in ONE transaction,
/// makes it durable, and only then completes the callers. A dedicated thread, because LiteDB binds a transaction to
/// the thread that began it: a transaction never spans an await.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly int _maxBatchSize;
    private readonly BlockingCollection<WriteOperation> _queue = new(new ConcurrentQueue<WriteOperation>());
    private readonly Thread _thread;

    private readonly Action _makeDurable;

    /// <param name="makeDurable">Returns once everything committed so far is on disk (see <see cref="LogDurability"/>).</param>
    public GroupCommitWriter(LiteDatabase db, int maxBatchSize, Action makeDurable)
    {
        _db = db;
        _makeDurable = makeDurable;
        _maxBatchSize = maxBatchSize;
        _thread = new Thread(Run) { Name = "ChatAssistant LiteDB writer", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Queues a write. Once queued it is committed even if the caller stops waiting.</summary>
    public Task<T> Enqueue<T>(Func<LiteDatabase, T> apply, CancellationToken cancellationToken, Action<T>? onCommitted = null) =>
        Enqueue(apply, onCommitted, static applied => applied, cancellationToken);

    /// <summary>Queues a write whose caller gets <paramref name="result"/> of what <paramref name="apply"/> returned.</summary>
    /// <param name="onCommitted">Runs on the writer thread, in commit order, once the batch is durable.</param>
    public Task<TResult> Enqueue<T, TResult>(Func<LiteDatabase, T> apply, Action<T>? onCommitted, Func<T, TResult> result, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var operation = new WriteOperation<T, TResult>(apply, onCommitted, result);
        try
        {
            _queue.Add(operation, CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            throw new StoreUnavailableException("The store is closed: it accepts no more writes.", ex);
        }

        return operation.Task;
    }

    /// <summary>Stops taking writes, commits everything already queued, then stops the thread.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
    }

    private void Run()
    {
        var batch = new List<WriteOperation>(_maxBatchSize);
        while (_queue.TryTake(out var first, Timeout.Infinite))
        {
            batch.Add(first);
            while (batch.Count < _maxBatchSize && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            CommitBatch(batch);
            batch.Clear();
        }
    }

    private void CommitBatch(List<WriteOperation> batch)
    {
        if (!TryApply(batch, out _))
        {
            // One bad write must not sink the others: replay them one transaction each, so only it fails.
            foreach (var operation in batch)
            {
                if (TryApply([operation], out var error))
                {
                    MakeDurable([operation]);
                }
                else
                {
                    operation.Fail(error!);
                }
            }

            return;
        }

        MakeDurable(batch);
    }

    private bool TryApply(IReadOnlyList<WriteOperation> operations, out Exception? error)
    {
        _db.BeginTrans();
        try
        {
            foreach (var operation in operations)
            {
                operation.Apply(_db);
            }

            _db.Commit();
            error = null;
            return true;
        }
        catch (Exception ex)
        {
            _db.Rollback();
            error = ex;
            return false;
        }
    }

    /// <summary>
    /// LiteDB's Commit only queues the pages for its background log writer: a SIGKILL right after Commit can lose
    /// the turn. The durability step (<see cref="LogDurability"/>: wait for that queue to drain, then one fsync of
    /// the log) returns only when the batch is on disk. Only then are the callers told.
    /// </summary>
    private void MakeDurable(IReadOnlyList<WriteOperation> operations)
    {
        try
        {
            _makeDurable();
        }
        catch (Exception ex)
        {
            foreach (var operation in operations)
            {
                operation.Fail(ex);
            }

            return;
        }

        foreach (var operation in operations)
        {
            operation.Complete();
        }
    }
}
