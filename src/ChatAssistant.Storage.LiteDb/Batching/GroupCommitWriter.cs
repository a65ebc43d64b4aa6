using System.Collections.Concurrent;
using LiteDB;
using ChatAssistant.Storage.LiteDb.Files;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// Group commit. LiteDB does ~350 separately committed writes a second but tens of thousands of documents a second in
/// one transaction, so one dedicated thread takes every write queued at that moment and applies them in ONE
/// transaction. A dedicated thread, because LiteDB binds a transaction to the thread that began it: a transaction never
/// spans an await. A second thread makes committed batches durable and only then completes their callers, in commit
/// order; meanwhile the first one already applies the next batch, so the fsync of one batch and the work of the next
/// overlap, and one fsync covers every batch committed while the previous one ran.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly int _maxBatchSize;
    private readonly BlockingCollection<WriteOperation> _queue = new(new ConcurrentQueue<WriteOperation>());
    private readonly BlockingCollection<IReadOnlyList<WriteOperation>> _committed = new(new ConcurrentQueue<IReadOnlyList<WriteOperation>>());
    private readonly Thread _writer;
    private readonly Thread _durability;

    private readonly Action _makeDurable;
    private readonly Action _afterCommit;
    private readonly Action _afterRollback;

    /// <param name="makeDurable">Returns once everything committed so far is on disk (see <see cref="LogDurability"/>).</param>
    /// <param name="afterCommit">Runs on the writer thread after each transaction commits (before it is durable).</param>
    /// <param name="afterRollback">Runs on the writer thread after a transaction is rolled back.</param>
    public GroupCommitWriter(LiteDatabase db, int maxBatchSize, Action makeDurable, Action afterCommit, Action afterRollback)
    {
        _db = db;
        _makeDurable = makeDurable;
        _afterCommit = afterCommit;
        _afterRollback = afterRollback;
        _maxBatchSize = maxBatchSize;
        _writer = new Thread(WriteBatches) { Name = "ChatAssistant LiteDB writer", IsBackground = true };
        _durability = new Thread(MakeBatchesDurable) { Name = "ChatAssistant LiteDB durability", IsBackground = true };
        _writer.Start();
        _durability.Start();
    }

    /// <summary>Queues a write. Once queued it is committed even if the caller stops waiting.</summary>
    public Task<T> Enqueue<T>(Func<LiteDatabase, T> apply, CancellationToken cancellationToken, Action<T>? onCommitted = null) =>
        Enqueue(apply, onCommitted, static applied => applied, cancellationToken);

    /// <summary>Queues a write whose caller gets <paramref name="result"/> of what <paramref name="apply"/> returned.</summary>
    /// <param name="onCommitted">Runs once the batch is durable, in commit order, before the caller is told.</param>
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

    /// <summary>Stops taking writes, commits and makes durable everything already queued, then stops both threads.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _writer.Join();
        _committed.CompleteAdding();
        _durability.Join();
        _queue.Dispose();
        _committed.Dispose();
    }

    private void WriteBatches()
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
            batch = new List<WriteOperation>(_maxBatchSize);
        }
    }

    private void CommitBatch(List<WriteOperation> batch)
    {
        if (TryApply(batch, out _))
        {
            _committed.Add(batch);
            return;
        }

        // One bad write must not sink the others: replay them one transaction each, so only it fails.
        foreach (var operation in batch)
        {
            if (TryApply([operation], out var error))
            {
                _committed.Add([operation]);
            }
            else
            {
                operation.Fail(error!);
            }
        }
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
            _afterCommit();
            error = null;
            return true;
        }
        catch (Exception ex)
        {
            _db.Rollback();
            _afterRollback();
            error = ex;
            return false;
        }
    }

    /// <summary>
    /// LiteDB's Commit only queues the pages for its background log writer: a SIGKILL right after Commit can lose
    /// the turn. The durability step (<see cref="LogDurability"/>: wait for that queue to drain, then one fsync of
    /// the log) returns only when every batch committed so far is on disk. Only then are their callers told.
    /// </summary>
    private void MakeBatchesDurable()
    {
        var batches = new List<IReadOnlyList<WriteOperation>>();
        while (_committed.TryTake(out var first, Timeout.Infinite))
        {
            batches.Add(first);
            while (_committed.TryTake(out var next))
            {
                batches.Add(next);
            }

            Exception? failure = null;
            try
            {
                _makeDurable();
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            foreach (var operation in batches.SelectMany(batch => batch))
            {
                if (failure is null)
                {
                    operation.Complete();
                }
                else
                {
                    operation.Fail(failure);
                }
            }

            batches.Clear();
        }
    }
}
