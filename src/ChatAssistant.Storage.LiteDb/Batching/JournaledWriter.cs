using System.Diagnostics;
using ChatAssistant.Storage.LiteDb.Caching;
using ChatAssistant.Storage.LiteDb.Files;
using ChatAssistant.Storage.LiteDb.Journal;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// Every write to the store goes through here, on two threads, so that a caller waits for one journal fsync and
/// never for LiteDB: LiteDB's checkpoint stops its writes for tens of milliseconds (~100 ms with a large log), which
/// every citizen whose turn was due meanwhile would otherwise wait out.
/// <list type="number">
/// <item>The <b>sequencer</b> takes every write queued at that moment, in order, and decides each in memory (version
/// checks against <see cref="ConversationHeads"/>, transcript sequences, outbox numbers); a write that changes
/// something becomes a numbered <see cref="JournalRecord"/> in the journal. Then one fsync for all of them (group
/// commit); it publishes them to readers (<see cref="PendingWrites"/>, the read cache) and only then tells their
/// callers.</item>
/// <item>The <b>applier</b> copies records into LiteDB, many per transaction (LiteDB is single-writer and transactions
/// are per thread: never held across an await), together with the writes that must see the file as it is
/// (<see cref="AppliedWrite"/>), whose callers it tells once the file is durable. Then it drops journal segments
/// that are entirely in the file.</item>
/// </list>
/// A crash loses nothing acknowledged: on the next open <see cref="JournalRecovery"/> applies what the file lacks.
/// </summary>
internal sealed class JournaledWriter : IDecisionContext, IDisposable
{
    // A LiteDB transaction keeps every page it changed in memory until it commits: larger ones made the GC pause.
    private const int MaxRecordsPerTransaction = 500;

    // Journaled but not yet applied: beyond this the sequencer waits for the applier (memory and replay time stay bounded).
    private const int MaxUnappliedRecords = 5_000;

    /// <summary>How long the applier gathers journaled writes for one transaction; a write whose caller waits for the file (an outbox claim) ends the gathering.</summary>
    private static readonly TimeSpan ApplyInterval = TimeSpan.FromMilliseconds(10);

    private readonly LiteDatabase _db;
    private readonly JournalFile _journal;
    private readonly PendingWrites _pending;
    private readonly ConversationHeads _heads;
    private readonly Action _makeFileDurable;
    private readonly int _maxBatchSize;
    private readonly HandOffQueue<QueuedWrite> _queue = new();
    private readonly HandOffQueue<List<QueuedWrite>> _durable = new();
    private readonly object _appliedSignal = new();
    private readonly Thread _sequencer;
    private readonly Thread _applier;
    private List<QueuedWrite> _outgoing = [];
    private long _lastRecord;
    private long _appliedRecord;
    private Exception? _fault;

    /// <param name="lastRecord">The number of the last record already in the file (see <see cref="JournalRecovery"/>).</param>
    /// <param name="makeFileDurable">Returns once everything LiteDB committed so far is on disk (see <see cref="LogDurability"/>).</param>
    public JournaledWriter(LiteDatabase db, JournalFile journal, PendingWrites pending, ConversationHeads heads, Action makeFileDurable, int maxBatchSize, long lastRecord)
    {
        _db = db;
        _journal = journal;
        _pending = pending;
        _heads = heads;
        _makeFileDurable = makeFileDurable;
        _maxBatchSize = maxBatchSize;
        _lastRecord = lastRecord;
        _appliedRecord = lastRecord;
        _sequencer = new Thread(Sequence) { Name = "ChatAssistant store sequencer", IsBackground = true };
        _applier = new Thread(ApplyToFile) { Name = "ChatAssistant store applier", IsBackground = true };
        _sequencer.Start();
        _applier.Start();
    }

    /// <summary>True once a write could not be journaled or applied: the store takes no more writes until restarted.</summary>
    public bool IsFaulted => Volatile.Read(ref _fault) is not null;

    LiteDatabase IDecisionContext.Database => _db;

    long IDecisionContext.NextRecord => _lastRecord + 1;

    /// <summary>Queues a write decided by the sequencer. Once queued it is carried out even if the caller stops waiting.</summary>
    /// <param name="onDurable">Runs on the sequencer thread with the record's number once it is durable, before the caller is told.</param>
    public Task<T> Journal<T>(Func<IDecisionContext, Decision<T>> decide, Action<long, T>? onDurable, CancellationToken cancellationToken)
    {
        var write = new JournaledWrite<T>(decide, onDurable);
        Enqueue(write, cancellationToken);
        return write.Task;
    }

    /// <summary>Queues a write that the applier runs on the data file, after everything queued before it.</summary>
    public Task<T> Apply<T>(Func<LiteDatabase, T> apply, CancellationToken cancellationToken)
    {
        var write = new AppliedWrite<T>(apply);
        Enqueue(write, cancellationToken);
        return write.Task;
    }

    T IDecisionContext.RunAlone<T>(Func<LiteDatabase, T> transaction)
    {
        Publish();
        WaitForApplier(_lastRecord);
        ThrowIfFaulted();
        _db.BeginTrans();
        T result;
        try
        {
            result = transaction(_db);
            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }

        _makeFileDurable();
        return result;
    }

    /// <summary>Stops taking writes, carries out everything queued, makes the file durable and deletes the journal.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _sequencer.Join();
        // A write that raced with the close: its caller hears the store is closed rather than waiting forever.
        while (_queue.TryTake(out var late))
        {
            late.Fail(new StoreUnavailableException("The store is closed: it accepts no more writes."));
        }

        _durable.CompleteAdding();
        _applier.Join();
        var clean = _fault is null;
        if (clean)
        {
            _makeFileDurable();
        }

        // After a fault the journal stays: the next open applies what the file lacks.
        _journal.Close(deleteAll: clean);
        _queue.Dispose();
        _durable.Dispose();
    }

    private void Enqueue(QueuedWrite write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfFaulted();
        try
        {
            _queue.Add(write);
        }
        catch (InvalidOperationException ex)
        {
            throw new StoreUnavailableException("The store is closed: it accepts no more writes.", ex);
        }
    }

    private void ThrowIfFaulted()
    {
        if (Volatile.Read(ref _fault) is { } fault)
        {
            throw new StoreUnavailableException("The store stopped after a write failed: " + fault.Message + " Restart the service; nothing acknowledged is lost.", fault);
        }
    }

    private void Fault(Exception exception) => Interlocked.CompareExchange(ref _fault, exception, null);

    private void Sequence()
    {
        while (_queue.Take(out var write))
        {
            var taken = 0;
            do
            {
                Decide(write);
            }
            while (++taken < _maxBatchSize && _queue.TryTake(out write));

            Publish();
            _heads.Trim(Volatile.Read(ref _appliedRecord));
            WaitForApplier(_lastRecord - MaxUnappliedRecords);
        }
    }

    /// <summary>Returns once the applier has applied record <paramref name="record"/> (at once if it has), or the store is faulted.</summary>
    private void WaitForApplier(long record)
    {
        lock (_appliedSignal)
        {
            while (Volatile.Read(ref _appliedRecord) < record && !IsFaulted)
            {
                Monitor.Wait(_appliedSignal, TimeSpan.FromMilliseconds(100));
            }
        }
    }

    private void Decide(QueuedWrite write)
    {
        if (Volatile.Read(ref _fault) is not null)
        {
            FailAsFaulted(write);
            return;
        }

        if (write is JournaledWrite journaled)
        {
            try
            {
                journaled.Decide(this);
            }
            catch (Exception ex)
            {
                journaled.Fail(ex);
                return;
            }

            if (journaled.Record is { } record)
            {
                try
                {
                    _journal.Append(journaled.RecordNumber, record.Serialize());
                    _lastRecord = journaled.RecordNumber;
                }
                catch (Exception ex)
                {
                    // The decision is already in the heads: nothing after it can be decided right.
                    Fault(ex);
                    journaled.Fail(ex);
                    return;
                }
            }
        }

        _outgoing.Add(write);
    }

    /// <summary>Makes the decided writes durable with one fsync, tells their callers, and hands them to the applier.</summary>
    private void Publish()
    {
        if (_outgoing.Count == 0)
        {
            return;
        }

        var writes = _outgoing;
        _outgoing = [];
        Exception? failure = null;
        try
        {
            _journal.Flush();
        }
        catch (Exception ex)
        {
            Fault(ex);
            failure = ex;
        }

        var toApply = new List<QueuedWrite>(writes.Count);
        foreach (var write in writes)
        {
            if (write is not JournaledWrite journaled)
            {
                toApply.Add(write);
            }
            else if (failure is not null)
            {
                journaled.Fail(failure);
            }
            else
            {
                journaled.Complete();
                if (journaled.Record is not null)
                {
                    toApply.Add(journaled);
                }
            }
        }

        if (toApply.Count > 0)
        {
            _durable.Add(toApply);
        }
    }

    private void ApplyToFile()
    {
        BackgroundPriority.LowerCurrentThread();
        while (_durable.Take(out var writes))
        {
            // Gathers what arrives meanwhile: a LiteDB transaction writes whole 8 KB pages, and the pages many writes
            // share (index nodes, the collection pages) are written once per transaction, not once per write.
            var deadline = Stopwatch.GetTimestamp() + (long)(ApplyInterval.TotalSeconds * Stopwatch.Frequency);
            while (writes.Count < MaxRecordsPerTransaction && !_durable.IsCompleted && !writes.Exists(write => write is AppliedWrite))
            {
                if (_durable.TryTake(out var more))
                {
                    writes.AddRange(more);
                    continue;
                }

                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                if (left <= TimeSpan.Zero)
                {
                    break;
                }

                _durable.WaitForItem(left);
            }

            if (Volatile.Read(ref _fault) is not null)
            {
                writes.ForEach(FailAsFaulted);
                continue;
            }

            var applied = TryApply(writes, out _) ? writes : ApplyOneByOne(writes);
            Published(applied);
        }
    }

    /// <summary>One bad write must not sink the others: each alone, so only it fails. A journaled record that fails stops the store.</summary>
    private List<QueuedWrite> ApplyOneByOne(List<QueuedWrite> writes)
    {
        var applied = new List<QueuedWrite>(writes.Count);
        foreach (var write in writes)
        {
            if (Volatile.Read(ref _fault) is not null)
            {
                FailAsFaulted(write);
            }
            else if (TryApply([write], out var error))
            {
                applied.Add(write);
            }
            else if (write is AppliedWrite)
            {
                write.Fail(error!);
            }
            else
            {
                Fault(error!);
            }
        }

        return applied;
    }

    private bool TryApply(List<QueuedWrite> writes, out Exception? error)
    {
        _db.BeginTrans();
        try
        {
            long lastRecord = 0;
            foreach (var write in writes)
            {
                if (write is JournaledWrite journaled)
                {
                    journaled.Record!.Apply(_db);
                    lastRecord = journaled.RecordNumber;
                }
                else
                {
                    ((AppliedWrite)write).Apply(_db);
                }
            }

            if (lastRecord > 0)
            {
                JournalRecovery.WriteApplied(_db, lastRecord);
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

    /// <summary>After a commit: readers find the records in the file; writes that waited for the file are told; full journal segments go.</summary>
    private void Published(List<QueuedWrite> applied)
    {
        var journaled = applied.OfType<JournaledWrite>().ToList();
        var lastRecord = journaled.Count > 0 ? journaled[^1].RecordNumber : Volatile.Read(ref _appliedRecord);
        _pending.Applied(
            journaled.Select(write => write.Record!.ConversationKey).OfType<string>(),
            journaled.Select(write => write.Record!.CitizenId).OfType<string>(),
            lastRecord);
        lock (_appliedSignal)
        {
            Volatile.Write(ref _appliedRecord, lastRecord);
            Monitor.PulseAll(_appliedSignal);
        }

        var waiting = applied.OfType<AppliedWrite>().ToList();
        if (waiting.Count == 0 && !_journal.HasFullSegments)
        {
            return;
        }

        try
        {
            _makeFileDurable();
        }
        catch (Exception ex)
        {
            Fault(ex);
            waiting.ForEach(write => write.Fail(ex));
            return;
        }

        waiting.ForEach(write => write.Complete());
        _journal.DropThrough(lastRecord);
    }

    private void FailAsFaulted(QueuedWrite write)
    {
        try
        {
            ThrowIfFaulted();
        }
        catch (StoreUnavailableException ex)
        {
            write.Fail(ex);
        }
    }
}
