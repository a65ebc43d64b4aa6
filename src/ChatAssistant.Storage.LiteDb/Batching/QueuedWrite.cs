using System.Diagnostics;
using ChatAssistant.Storage.LiteDb.Journal;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>A caller's write waiting in the writer's queue.</summary>
internal abstract class QueuedWrite
{
    /// <summary>When its caller queued it (<see cref="Stopwatch"/> ticks).</summary>
    public long QueuedAt { get; } = Stopwatch.GetTimestamp();

    public abstract void Fail(Exception exception);
}

/// <summary>
/// A write decided in memory by the sequencer and journaled: its caller is told once the journal is flushed, and
/// the applier copies its record into the data file later. Most writes (every turn) are of this kind.
/// </summary>
internal abstract class JournaledWrite : QueuedWrite
{
    /// <summary>The number of its journal record (0: it wrote nothing).</summary>
    public long RecordNumber { get; protected set; }

    public JournalRecord? Record { get; protected set; }

    /// <summary>Sequencer thread.</summary>
    public abstract void Decide(IDecisionContext context);

    /// <summary>Sequencer thread, once the record is durable (at once, when there is none).</summary>
    public abstract void Complete();
}

internal sealed class JournaledWrite<T>(Func<IDecisionContext, Decision<T>> decide, Action<long, T>? onDurable) : JournaledWrite
{
    // Continuations run on the thread pool, never on the writer's threads.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Both callbacks hold the caller's whole turn (state, activities, citizen); the write itself waits for the applier
    // for up to hundreds of turns, so each is let go once used: every collection meanwhile would copy them.
    private Func<IDecisionContext, Decision<T>>? _decide = decide;
    private Action<long, T>? _onDurable = onDurable;
    private T _result = default!;

    public Task<T> Task => _completion.Task;

    public override void Decide(IDecisionContext context)
    {
        var decision = _decide!(context);
        _decide = null;
        _result = decision.Result;
        Record = decision.Record;
        RecordNumber = decision.Record is null ? 0 : context.NextRecord;
    }

    public override void Complete()
    {
        var onDurable = _onDurable;
        _onDurable = null;
        try
        {
            onDurable?.Invoke(RecordNumber, _result);
        }
        catch (Exception ex)
        {
            // The write is durable; a failing callback must not leave the caller waiting forever.
            _completion.TrySetException(ex);
            return;
        }

        _completion.TrySetResult(_result);
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}

/// <param name="Record">What to journal; null when the write changes nothing (a stale turn, an erasure).</param>
internal readonly record struct Decision<T>(JournalRecord? Record, T Result);

/// <summary>What a decision may use, on the sequencer thread.</summary>
internal interface IDecisionContext
{
    /// <summary>For reads of what is already in the file (never of what is still pending).</summary>
    SerializedDatabase Database { get; }

    /// <summary>The number the decision's record will get.</summary>
    long NextRecord { get; }

    /// <summary>
    /// Waits until the applier has run <paramref name="transaction"/> on the data file, after every earlier record,
    /// and made it durable. For erasure, which must find everything a citizen left: rare, and it holds up every write
    /// behind it.
    /// </summary>
    T RunOnDataFile<T>(Func<LiteDatabase, T> transaction);
}

/// <summary>
/// A write that must see the data file as it is (outbox claims, counts): the applier runs it inside
/// its batch transaction, after every record journaled before it, and its caller is told once the file is durable.
/// <see cref="Apply"/> must only read and write through the database it is given, so that it can run again if its
/// batch is rolled back.
/// </summary>
internal abstract class AppliedWrite : QueuedWrite
{
    public abstract void Apply(LiteDatabase db);

    public abstract void Complete();
}

internal sealed class AppliedWrite<T>(Func<LiteDatabase, T> apply) : AppliedWrite
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _applied = default!;

    public Task<T> Task => _completion.Task;

    public override void Apply(LiteDatabase db) => _applied = apply(db);

    public override void Complete() => _completion.TrySetResult(_applied);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
