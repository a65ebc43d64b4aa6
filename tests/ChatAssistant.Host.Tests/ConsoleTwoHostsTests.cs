using System.Net;
using ChatAssistant.Host.Tests.Support;
using Npgsql;

namespace ChatAssistant.Host.Tests;

/// <summary>Two hosts on one PostgreSQL database, as behind a load balancer: what one host signs, the other accepts.</summary>
public sealed class ConsoleTwoHostsTests : IAsyncLifetime
{
    private const string Variable = "CHATASSISTANT_TEST_POSTGRES";
    private readonly string _schema = "console_" + Guid.NewGuid().ToString("N")[..16];

    [Fact]
    public async Task BearerToken_IssuedByHostA_IsAcceptedByHostB_DemoAccountsCreatedOnce()
    {
        await using var a = await HostProcess.StartAsync(environment: PostgreSqlEnvironment());
        await using var b = await HostProcess.StartAsync(environment: PostgreSqlEnvironment());

        var token = await StaffSignIn.TokenAsync(a, "volontario@milano.example");
        using var onB = await b.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("api/auth/me", UriKind.Relative)).WithBearer(token));

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("\"tenant\":\"milano\"", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Demo console account", b.Log, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        await using var admin = NpgsqlDataSource.Create(AdminConnectionString());
        await using var command = admin.CreateCommand($"CREATE SCHEMA {_schema}");
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await using var admin = NpgsqlDataSource.Create(AdminConnectionString());
        await using var command = admin.CreateCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        await command.ExecuteNonQueryAsync();
    }

    private Dictionary<string, string> PostgreSqlEnvironment() => new()
    {
        ["ChatAssistant__Storage__Provider"] = "PostgreSql",
        ["ConnectionStrings__ChatAssistant"] = new NpgsqlConnectionStringBuilder(AdminConnectionString()) { SearchPath = _schema }.ConnectionString,
    };

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: run through ./test.sh or tests/postgres/cluster.sh run dotnet test tests/ChatAssistant.Host.Tests.");
}
