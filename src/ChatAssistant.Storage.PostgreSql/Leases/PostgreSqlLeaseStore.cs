using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Leases;

/// <summary>
/// Leases as rows: taking one is a single conditional upsert, so of several hosts asking at once exactly one gets a row
/// back (the others wait for its row lock, then find the lease held).
/// </summary>
public sealed class PostgreSqlLeaseStore(NpgsqlDataSource dataSource) : ILeaseStore
{
    private const string AcquireSql = """
        INSERT INTO leases AS l (name, holder, held_until) VALUES (@name, @holder, @until)
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, held_until = excluded.held_until
        WHERE l.holder = excluded.holder OR l.held_until <= @now
        RETURNING 1
        """;

    public Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(AcquireSql, connection);
            command.Parameters.Text("name", name).Text("holder", holder).Instant("until", until).Instant("now", now);
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }, cancellationToken);

    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM leases WHERE name = @name AND holder = @holder", connection);
            command.Parameters.Text("name", name).Text("holder", holder);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
