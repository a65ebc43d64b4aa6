using ChatAssistant.Storage.LiteDb.Files;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// The first write that could not be journaled or applied. From then on the store refuses writes (nothing
/// acknowledged is lost: the journal stays and is replayed on the next open). Shared by the sequencer and the applier.
/// </summary>
internal sealed class WriterFault
{
    private Exception? _cause;

    public bool IsSet => Volatile.Read(ref _cause) is not null;

    /// <summary>Keeps the first cause; later ones are consequences.</summary>
    public void Set(Exception cause) => Interlocked.CompareExchange(ref _cause, cause, null);

    /// <summary>What a caller is told once the store has stopped; null while it has not.</summary>
    public StoreUnavailableException? Refusal() =>
        Volatile.Read(ref _cause) is { } cause
            ? new StoreUnavailableException("The store stopped after a write failed: " + cause.Message + " Restart the service; nothing acknowledged is lost.", cause)
            : null;

    public void ThrowIfSet()
    {
        if (Refusal() is { } refusal)
        {
            throw refusal;
        }
    }
}
