using Npgsql;

namespace ChatAssistant.Host.Tests.Support;

/// <summary>
/// A fresh, empty PostgreSQL schema for one test on the cluster of CHATASSISTANT_TEST_POSTGRES (./test.sh starts
/// one): the hosts find their tables through the search path and migrate it themselves at start, as they would
/// "public" in a deployment. A schema per test lets tests run in parallel on one cluster.
/// </summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    public const string Variable = "CHATASSISTANT_TEST_POSTGRES";

    private PostgresSchema(NpgsqlConnectionStringBuilder admin) => Admin = admin;

    public string Name { get; } = "h_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The cluster's administrator connection (the password is in it).</summary>
    public NpgsqlConnectionStringBuilder Admin { get; }

    public static async Task<PostgresSchema> CreateAsync()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so there is no PostgreSQL for the several-hosts tests. Run them through ./test.sh, or: " +
                "tests/postgres/cluster.sh run dotnet test tests/ChatAssistant.Host.Tests");
        }

        var schema = new PostgresSchema(new NpgsqlConnectionStringBuilder(value));
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name}", search: false);
        return schema;
    }

    /// <summary>A host's connection string; <paramref name="viaPort"/> sends it through a forwarder instead.</summary>
    public string ConnectionString(int? viaPort = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(Admin.ConnectionString) { SearchPath = Name, Timeout = 3 };
        if (viaPort is { } port)
        {
            builder.Host = "127.0.0.1";
            builder.Port = port;
        }

        return builder.ConnectionString;
    }

    /// <summary>The environment of a host on this schema, named <paramref name="hostName"/> in its leases and logs.</summary>
    public Dictionary<string, string> HostEnvironment(string hostName, int? viaPort = null) => new()
    {
        ["ChatAssistant__Storage__Provider"] = "PostgreSql",
        ["ConnectionStrings__ChatAssistant"] = ConnectionString(viaPort),
        ["ChatAssistant__Leases__HostName"] = hostName,
    };

    /// <summary>Rows of a query on this schema, each row's columns as strings.</summary>
    public async Task<List<string?[]>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE", search: false);

    private async Task ExecuteAsync(string sql, bool search)
    {
        await using var connection = new NpgsqlConnection(search ? ConnectionString() : Admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
