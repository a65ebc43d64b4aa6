using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Secrets;

/// <summary>Shared secrets as rows: the first host to store one wins, and every host reads that one.</summary>
public sealed class PostgreSqlSharedSecrets(NpgsqlDataSource dataSource) : ISharedSecrets
{
    private const string GetOrAddSql = """
        WITH added AS (
            INSERT INTO shared_secrets (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING RETURNING value
        )
        SELECT value FROM added UNION ALL SELECT value FROM shared_secrets WHERE name = @name
        LIMIT 1
        """;

    public async Task<string> GetOrCreateAsync(string name, Func<string> create, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        var stored = await ReadAsync(name, cancellationToken) ?? await DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(GetOrAddSql, connection);
            command.Parameters.Text("name", name).Text("value", create());
            return (string?)await command.ExecuteScalarAsync(cancellationToken);
        }, cancellationToken);

        // Null only when another host stored it after this statement's snapshot began: a new statement sees it.
        return stored ?? await ReadAsync(name, cancellationToken) ?? throw new StoreUnavailableException($"The shared secret {name} could not be stored; try again.");
    }

    private Task<string?> ReadAsync(string name, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT value FROM shared_secrets WHERE name = @name", connection);
            command.Parameters.Text("name", name);
            return (string?)await command.ExecuteScalarAsync(cancellationToken);
        }, cancellationToken);
}
