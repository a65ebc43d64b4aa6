using System.Diagnostics;
using ChatAssistant.Storage.LiteDb.Journal;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// The applier thread of the <see cref="JournaledWriter"/>: copies journaled records into LiteDB, many per
/// transaction (LiteDB is single-writer and transactions are per thread: never held across an await), together with
/// the writes that must see the file as it is (<see cref="AppliedWrite"/>), whose callers it tells once the file is
/// durable. Then readers find the records in the file (<see cref="PendingWrites"/> forgets them) and journal
/// segments the file holds entirely are deleted. Nobody waits on it, so it runs at a lower CPU priority.
/// </summary>
internal sealed class JournalApplier : IDisposable
{
    // A LiteDB transaction keeps every page it changed in memory until it commits: larger ones made the GC pause.
    private const int MaxRecordsPerTransaction = 500;

    /// <summary>How long the applier gathers journaled writes for one transaction; a write whose caller waits for the file (an outbox claim) ends the gathering.</summary>
    private static readonly TimeSpan ApplyInterval = TimeSpan.FromMilliseconds(10);

    private readonly SerializedDatabase _db;
    private readonly JournalFile _journal;
    private readonly PendingWrites _pending;
    private readonly Action _makeFileDurable;
    private readonly WriterFault _fault;
    private readonly HandOffQueue<List<QueuedWrite>> _durable = new();
    private readonly object _appliedSignal = new();
    private readonly Thread _thread;
    private long _appliedRecord;

    /// <param name="appliedRecord">The number of the last record already in the file.</param>
    public JournalApplier(SerializedDatabase db, JournalFile journal, PendingWrites pending, Action makeFileDurable, WriterFault fault, long appliedRecord)
    {
        _db = db;
        _journal = journal;
        _pending = pending;
        _makeFileDurable = makeFileDurable;
        _fault = fault;
        _appliedRecord = appliedRecord;
        _thread = new Thread(ApplyToFile) { Name = "ChatAssistant store applier", IsBackground = true };
        _thread.Start();
    }

    /// <summary>The number of the last record committed to the file.</summary>
    public long AppliedRecord => Volatile.Read(ref _appliedRecord);

    /// <summary>Durable writes, in journal order: records to copy and writes to run on the file.</summary>
    public void Add(List<QueuedWrite> writes) => _durable.Add(writes);

    /// <summary>Returns once record <paramref name="record"/> is in the file (at once if it is), or the store is faulted.</summary>
    public void WaitFor(long record)
    {
        lock (_appliedSignal)
        {
            while (AppliedRecord < record && !_fault.IsSet)
            {
                Monitor.Wait(_appliedSignal, TimeSpan.FromMilliseconds(100));
            }
        }
    }

    /// <summary>Applies everything added so far, then stops the thread.</summary>
    public void Dispose()
    {
        _durable.CompleteAdding();
        _thread.Join();
        _durable.Dispose();
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

            if (_fault.Refusal() is { } refusal)
            {
                writes.ForEach(write => write.Fail(refusal));
                continue;
            }

            var applied = TryApply(writes, out var batchError) ? writes : ApplyOneByOne(writes, batchError!);
            Published(applied);
        }
    }

    /// <summary>
    /// One bad write must not sink the others: each alone, so only it fails. A journaled record that fails stops the
    /// store, and the cause kept names the batch's own failure too (the first thing that went wrong).
    /// </summary>
    private List<QueuedWrite> ApplyOneByOne(List<QueuedWrite> writes, Exception batchError)
    {
        var applied = new List<QueuedWrite>(writes.Count);
        foreach (var write in writes)
        {
            if (_fault.Refusal() is { } refusal)
            {
                write.Fail(refusal);
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
                _fault.Set(new AggregateException(batchError, error!));
            }
        }

        return applied;
    }

    private bool TryApply(List<QueuedWrite> writes, out Exception? error)
    {
        try
        {
            _db.InTransaction(() => Apply(writes));
            error = null;
            return true;
        }
        catch (Exception ex)
        {
            error = ex;
            return false;
        }
    }

    private void Apply(List<QueuedWrite> writes)
    {
        long lastRecord = 0;
        foreach (var write in writes)
        {
            // One call per write: readers get in between (see SerializedDatabase).
            if (write is JournaledWrite journaled)
            {
                _db.Run(journaled.Record!.Apply);
                lastRecord = journaled.RecordNumber;
            }
            else
            {
                _db.Run(((AppliedWrite)write).Apply);
            }
        }

        if (lastRecord > 0)
        {
            _db.Run(db => JournalRecovery.WriteApplied(db, lastRecord));
        }
    }

    /// <summary>After a commit: readers find the records in the file; writes that waited for the file are told; full journal segments go.</summary>
    private void Published(List<QueuedWrite> applied)
    {
        var journaled = applied.OfType<JournaledWrite>().ToList();
        var lastRecord = journaled.Count > 0 ? journaled[^1].RecordNumber : AppliedRecord;
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
            _fault.Set(ex);
            waiting.ForEach(write => write.Fail(ex));
            return;
        }

        waiting.ForEach(write => write.Complete());
        _journal.DropThrough(lastRecord);
    }
}
