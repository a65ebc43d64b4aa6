namespace ChatAssistant.Storage.PostgreSql.Schema;

/// <summary>
/// The database's schema is not one this host can use: newer than the migrations it carries (a newer host migrated it),
/// or an applied migration differs from this host's copy. The message says which versions and what to do.
/// </summary>
public sealed class SchemaVersionException : Exception
{
    public SchemaVersionException(string message)
        : base(message)
    {
    }

    public SchemaVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaVersionException()
    {
    }
}
