using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.PostgreSql.Citizens;
using ChatAssistant.Storage.PostgreSql.Conversations;
using ChatAssistant.Storage.PostgreSql.Leases;
using ChatAssistant.Storage.PostgreSql.Outbox;
using ChatAssistant.Storage.PostgreSql.Schema;
using ChatAssistant.Storage.PostgreSql.Secrets;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Tests;

/// <summary>
/// A fresh PostgreSQL schema for one test on the cluster of CHATASSISTANT_TEST_POSTGRES: creating a schema takes
/// milliseconds where a database takes a checkpoint. Its data sources find the tables through their search path,
/// as a deployment's would in "public".
/// </summary>
internal sealed class TestSchema : IAsyncDisposable
{
    public const string Variable = "CHATASSISTANT_TEST_POSTGRES";

    private static readonly Lazy<NpgsqlDataSource> Admin = new(() => NpgsqlDataSource.Create(AdminConnectionString()));

    public string Name { get; } = "t_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Connection string of a host on this schema; each host is a data source (a pool) of its own.</summary>
    public string ConnectionString(string host = "host") => new NpgsqlConnectionStringBuilder(AdminConnectionString())
    {
        SearchPath = Name,
        ApplicationName = Name + "-" + host,
        MaxPoolSize = 30,
    }.ConnectionString;

    /// <summary>A data source as <see cref="PostgreSqlDataSource"/> builds it for a host (statements auto-prepared).</summary>
    public NpgsqlDataSource NewDataSource(string host = "host") => PostgreSqlDataSource.Create(ConnectionString(host), new PostgreSqlStorageOptions());

    /// <summary>Creates the schema, migrated unless asked not to.</summary>
    public async Task CreateAsync(bool migrate = true)
    {
        await using (var command = Admin.Value.CreateCommand($"CREATE SCHEMA {Name}"))
        {
            await command.ExecuteNonQueryAsync();
        }

        if (migrate)
        {
            await using var dataSource = NewDataSource("migrator");
            await PostgreSqlSchema.MigrateAsync(dataSource);
        }
    }

    /// <summary>The stores of one host, closed with their data source.</summary>
    public StoreSet OpenStores(string host = "host")
    {
        var dataSource = NewDataSource(host);
        return new StoreSet(new PostgreSqlConversationStore(dataSource), new PostgreSqlCitizenStore(dataSource), new PostgreSqlOutboxStore(dataSource), dataSource,
            new PostgreSqlLeaseStore(dataSource), new PostgreSqlSharedSecrets(dataSource));
    }

    /// <summary>Runs SQL on this schema as an administrator would, outside the stores.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var dataSource = NewDataSource("admin");
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await using var command = Admin.Value.CreateCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE");
        await command.ExecuteNonQueryAsync();
    }

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so there is no PostgreSQL to test against. Run the tests through ./test.sh, which starts one, " +
                "or start one yourself: tests/postgres/cluster.sh run dotnet test tests/ChatAssistant.Storage.PostgreSql.Tests " +
                "(or eval \"$(tests/postgres/cluster.sh start)\" in your shell, and tests/postgres/cluster.sh stop when done).");
}
