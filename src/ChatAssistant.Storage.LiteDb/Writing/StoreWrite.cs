using System.Diagnostics;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Writing;

/// <summary>A caller's write waiting for the <see cref="GroupCommitWriter"/>.</summary>
internal abstract class StoreWrite
{
    /// <summary>When its caller queued it (<see cref="Stopwatch"/> ticks), for the store's metrics.</summary>
    public long QueuedAt { get; } = Stopwatch.GetTimestamp();

    /// <summary>
    /// Runs inside the writer's transaction. It must read and write only through <paramref name="db"/>, so that it can
    /// run again alone when its group is rolled back.
    /// </summary>
    public abstract void Run(LiteDatabase db);

    /// <summary>Once its transaction is committed and on disk.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

internal sealed class StoreWrite<T>(Func<LiteDatabase, T> write) : StoreWrite
{
    // Continuations run on the thread pool, never on the writer's thread.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _completion.Task;

    public override void Run(LiteDatabase db) => _result = write(db);

    public override void Complete() => _completion.TrySetResult(_result);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
