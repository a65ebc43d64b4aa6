using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Schema;

/// <summary>
/// Brings the database's schema up to this build's migrations (Schema/Migrations/NNNN_*.sql), recorded in
/// <c>schema_migrations</c>. Hosts starting together migrate one at a time: each waits for a session advisory lock
/// (keyed on the schema, so schemas side by side migrate independently), then applies what is missing, each migration
/// in its own transaction. A host finding a newer schema than it knows refuses to start.
/// </summary>
public static class PostgreSqlSchema
{
    /// <summary>First half of the advisory lock's key: "ChAs" in ASCII, so other users of advisory locks do not collide.</summary>
    internal const int LockClass = 0x43684173;

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestVersion => Migration.All[^1].Version;

    /// <returns>The versions applied by this call, oldest first (empty when the schema was up to date).</returns>
    /// <exception cref="SchemaVersionException">The database is ahead of this build, or an applied migration was edited.</exception>
    /// <exception cref="StoreUnavailableException">PostgreSQL cannot be reached.</exception>
    public static Task<IReadOnlyList<int>> MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default) =>
        MigrateAsync(dataSource, Migration.All, cancellationToken);

    internal static Task<IReadOnlyList<int>> MigrateAsync(NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync<IReadOnlyList<int>>(dataSource, async connection =>
        {
            await LockAsync(connection, cancellationToken);
            try
            {
                return await ApplyMissingAsync(connection, migrations, cancellationToken);
            }
            finally
            {
                await UnlockAsync(connection);
            }
        }, cancellationToken);

    /// <summary>Waits as long as another host migrates: no command timeout, only the caller's cancellation.</summary>
    private static async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@class, hashtext(current_schema()))", connection) { CommandTimeout = 0 };
        command.Parameters.Integer("class", LockClass);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Not cancellable: the lock must go back even when the caller gave up. On a broken connection the server has
    /// ended the session, and with it the lock, so that failure is not the one to report.
    /// </summary>
    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, hashtext(current_schema()))", connection);
            command.Parameters.Integer("class", LockClass);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
        }
    }

    private static async Task<IReadOnlyList<int>> ApplyMissingAsync(NpgsqlConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                checksum   text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);
        var applied = await AppliedAsync(connection, cancellationToken);
        Check(applied, migrations);

        var done = new List<int>();
        foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var apply = new NpgsqlCommand(migration.Sql, connection, transaction) { CommandTimeout = 0 })
            {
                await apply.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)", connection, transaction))
            {
                record.Parameters.Integer("version", migration.Version).Text("name", migration.Name).Text("checksum", migration.Checksum);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            done.Add(migration.Version);
        }

        return done;
    }

    private static void Check(IReadOnlyDictionary<int, (string Name, string Checksum)> applied, IReadOnlyList<Migration> migrations)
    {
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var newest = applied.Count == 0 ? 0 : applied.Keys.Max();
        if (newest > known)
        {
            throw new SchemaVersionException(
                $"The database schema is at version {newest} ({applied[newest].Name}), newer than this host knows (up to {known}). " +
                "A newer release of ChatAssistant migrated it: run that release on this host too. The database was left as it is.");
        }

        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var stored) && stored.Checksum != migration.Checksum)
            {
                throw new SchemaVersionException(
                    $"Migration {migration.Name} differs from the one applied to this database as {stored.Name}: a migration is never edited " +
                    "once released; put the change in a new numbered file. The database was left as it is.");
            }
        }
    }

    private static async Task<IReadOnlyDictionary<int, (string Name, string Checksum)>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, (string, string)>();
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
