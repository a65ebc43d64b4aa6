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
/// <item>The <b>applier</b> (<see cref="JournalApplier"/>) copies records into LiteDB, many per transaction, together
/// with the writes that must see the file as it is (<see cref="AppliedWrite"/>).</item>
/// </list>
/// A crash loses nothing acknowledged: on the next open <see cref="JournalRecovery"/> applies what the file lacks.
/// </summary>
internal sealed class JournaledWriter : IDecisionContext, IDisposable
{
    // Journaled but not yet applied: beyond this the sequencer waits for the applier (memory and replay time stay bounded).
    private const int MaxUnappliedRecords = 5_000;

    private readonly SerializedDatabase _db;
    private readonly JournalFile _journal;
    private readonly ConversationHeads _heads;
    private readonly Action _makeFileDurable;
    private readonly int _maxBatchSize;
    private readonly WriterFault _fault = new();
    private readonly HandOffQueue<QueuedWrite> _queue = new();
    private readonly JournalApplier _applier;
    private readonly Thread _sequencer;
    private List<QueuedWrite> _outgoing = [];
    private long _lastRecord;

    /// <param name="lastRecord">The number of the last record already in the file (see <see cref="JournalRecovery"/>).</param>
    /// <param name="makeFileDurable">Returns once everything LiteDB committed so far is on disk (see <see cref="LogDurability"/>).</param>
    public JournaledWriter(SerializedDatabase db, JournalFile journal, PendingWrites pending, ConversationHeads heads, Action makeFileDurable, int maxBatchSize, long lastRecord)
    {
        _db = db;
        _journal = journal;
        _heads = heads;
        _makeFileDurable = makeFileDurable;
        _maxBatchSize = maxBatchSize;
        _lastRecord = lastRecord;
        _applier = new JournalApplier(db, journal, pending, makeFileDurable, _fault, lastRecord);
        _sequencer = new Thread(Sequence) { Name = "ChatAssistant store sequencer", IsBackground = true };
        _sequencer.Start();
    }

    /// <summary>True once a write could not be journaled or applied: the store takes no more writes until restarted.</summary>
    public bool IsFaulted => _fault.IsSet;

    SerializedDatabase IDecisionContext.Database => _db;

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

    // On the applier, LiteDB's one writing thread (see SerializedDatabase).
    T IDecisionContext.RunOnDataFile<T>(Func<LiteDatabase, T> transaction)
    {
        Publish();
        var write = new AppliedWrite<T>(transaction);
        _applier.Add([write]);
        return write.Task.GetAwaiter().GetResult();
    }

    /// <summary>Stops taking writes, carries out everything queued, makes the file durable and deletes the journal.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _sequencer.Join();
        // A write that raced with the close: its caller hears the store is closed rather than waiting forever.
        while (_queue.TryTake(out var late))
        {
            late.Fail(Closed());
        }

        _applier.Dispose();
        var clean = !_fault.IsSet;
        if (clean)
        {
            _makeFileDurable();
        }

        // After a fault the journal stays: the next open applies what the file lacks.
        _journal.Close(deleteAll: clean);
        _queue.Dispose();
    }

    private static StoreUnavailableException Closed(Exception? inner = null)
    {
        const string Message = "The store is closed: it accepts no more writes.";
        return inner is null ? new StoreUnavailableException(Message) : new StoreUnavailableException(Message, inner);
    }

    private void Enqueue(QueuedWrite write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _fault.ThrowIfSet();
        try
        {
            _queue.Add(write);
        }
        catch (InvalidOperationException ex)
        {
            throw Closed(ex);
        }
    }

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
            _heads.Trim(_applier.AppliedRecord);
            _applier.WaitFor(_lastRecord - MaxUnappliedRecords);
        }
    }

    private void Decide(QueuedWrite write)
    {
        if (_fault.Refusal() is { } refusal)
        {
            write.Fail(refusal);
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
                    _fault.Set(ex);
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
            _fault.Set(ex);
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
                StoreMetrics.DurableWrite.Record(Stopwatch.GetElapsedTime(journaled.QueuedAt).TotalMilliseconds);
                if (journaled.Record is not null)
                {
                    toApply.Add(journaled);
                }
            }
        }

        if (toApply.Count > 0)
        {
            _applier.Add(toApply);
        }
    }
}
