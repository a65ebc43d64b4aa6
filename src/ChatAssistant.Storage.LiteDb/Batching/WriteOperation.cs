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

internal sealed class WriteOperation<T, TResult>(Func<LiteDatabase, T> apply, Action<T>? onCommitted, Func<T, TResult> result) : WriteOperation
{
    // Continuations run on the thread pool, never on the writer thread.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _applied = default!;

    public Task<TResult> Task => _completion.Task;

    public override void Apply(LiteDatabase db) => _applied = apply(db);

    public override void Complete()
    {
        try
        {
            onCommitted?.Invoke(_applied);
        }
        catch (Exception ex)
        {
            // The write is durable; a failing callback must not leave the caller waiting forever.
            _completion.TrySetException(ex);
            return;
        }

        _completion.TrySetResult(result(_applied));
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
