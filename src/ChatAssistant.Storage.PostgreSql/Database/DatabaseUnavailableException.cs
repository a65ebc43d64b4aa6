namespace ChatAssistant.Storage.PostgreSql.Database;

/// <summary>
/// PostgreSQL could not be reached or refused the work for a reason that passes (connection lost, server restarting,
/// too many connections, a deadlock). Nothing half-written stays: every write is one transaction. The host answers
/// "try again later" (503); a turn retried after a lost acknowledgement is refused as stale, never applied twice.
/// </summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DatabaseUnavailableException()
    {
    }
}
