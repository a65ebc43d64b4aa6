using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// One caller's write, applied by the writer thread inside a shared transaction. <see cref="Apply"/> must only
/// read and write through <paramref name="db"/> so that it can run again if its batch is rolled back.
/// </summary>
internal abstract class WriteOperation
{
    public abstract void Apply(LiteDatabase db);

    /// <summary>Called once the batch is on disk.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

internal sealed class WriteOperation<T>(Func<LiteDatabase, T> apply, Action<T>? onCommitted = null) : WriteOperation
{
    // Continuations run on the thread pool, never on the writer thread.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _completion.Task;

    public override void Apply(LiteDatabase db) => _result = apply(db);

    public override void Complete()
    {
        onCommitted?.Invoke(_result);
        _completion.TrySetResult(_result);
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
