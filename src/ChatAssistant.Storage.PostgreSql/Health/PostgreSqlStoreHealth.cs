using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using ChatAssistant.Storage.PostgreSql.Schema;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Health;

/// <summary>Ready when PostgreSQL answers and its schema is this build's. The detail names the server, never the password.</summary>
public sealed class PostgreSqlStoreHealth(NpgsqlDataSource dataSource) : IStoreHealth
{
    private readonly string _server = Describe(dataSource);

    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await DatabaseCalls.RunAsync(dataSource, async connection =>
            {
                await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection);
                return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }, cancellationToken);
            return version >= PostgreSqlSchema.LatestVersion
                ? new StoreHealth(true, $"PostgreSQL {_server}: schema {version}")
                : new StoreHealth(false, $"PostgreSQL {_server}: schema {version}, waiting for migration to {PostgreSqlSchema.LatestVersion}");
        }
        catch (StoreUnavailableException ex)
        {
            return new StoreHealth(false, $"PostgreSQL {_server} unreachable: {ex.InnerException?.Message ?? ex.Message}");
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return new StoreHealth(false, $"PostgreSQL {_server}: schema not created yet, waiting for migration");
        }
    }

    /// <summary>Host, port and database: what an operator needs to find the server, and nothing secret.</summary>
    public static string Describe(NpgsqlDataSource dataSource)
    {
        var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        return $"{settings.Host}:{settings.Port}/{settings.Database ?? settings.Username}";
    }
}
