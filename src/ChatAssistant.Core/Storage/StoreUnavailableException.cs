namespace ChatAssistant.Core.Storage;

/// <summary>
/// The store cannot be used now: the LiteDB data file is held by another process or damaged (the file is left as it
/// was), or PostgreSQL cannot be reached or refused the work for a reason that passes (nothing half-written stays:
/// every write is one transaction). The message says what to do. The host answers "try again later" (503).
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreUnavailableException()
    {
    }
}
