namespace ChatAssistant.Core.Storage;

/// <summary>
/// The data file cannot be used: another process holds it, or it is damaged. The message says which file and
/// what to do; the file itself is left exactly as it was.
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
