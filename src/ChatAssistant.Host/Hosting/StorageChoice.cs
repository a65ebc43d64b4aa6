namespace ChatAssistant.Host.Hosting;

/// <summary>The storage engines the host can run on.</summary>
internal enum StorageProvider
{
    LiteDb,
    PostgreSql,
}

/// <summary>
/// Which engine holds the data: <c>ChatAssistant:Storage:Provider</c> (LiteDb, the default, or PostgreSql), with
/// PostgreSQL's connection string in <c>ConnectionStrings:ChatAssistant</c>.
/// </summary>
internal sealed record StorageChoice(StorageProvider Provider, string? ConnectionString)
{
    public const string ProviderKey = "ChatAssistant:Storage:Provider";
    public const string ConnectionStringName = "ChatAssistant";

    /// <param name="problem">Why the settings cannot be used (an unknown provider, PostgreSql without a connection string).</param>
    public static StorageChoice? From(IConfiguration configuration, out string? problem)
    {
        problem = null;
        var name = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(name))
        {
            return new StorageChoice(StorageProvider.LiteDb, null);
        }

        if (!Enum.TryParse<StorageProvider>(name, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            problem = $"{ProviderKey} is '{name}': use LiteDb or PostgreSql.";
            return null;
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(connectionString))
        {
            problem = $"{ProviderKey} is PostgreSql but ConnectionStrings:{ConnectionStringName} is empty (e.g. ConnectionStrings__ChatAssistant=\"Host=db;Database=chatassistant;Username=chatassistant;Password=...\").";
            return null;
        }

        return new StorageChoice(provider, connectionString);
    }
}
