using System.Diagnostics;
using Npgsql;

namespace ChatAssistant.Cli.Tests.Users;

/// <summary>The users commands on PostgreSQL, chosen by the host's settings (environment), in a schema of the test's own.</summary>
public sealed class UsersOnPostgreSqlTests : IAsyncLifetime
{
    private const string Variable = "CHATASSISTANT_TEST_POSTGRES";
    private readonly string _schema = "cli_" + Guid.NewGuid().ToString("N")[..16];

    [Fact]
    public async Task UsersAddListDisable_OnPostgreSql_WorkLikeOnLiteDb()
    {
        var (added, addOutput) = await RunCliAsync("users", "add", "--tenant", "milano", "--role", "coordinator", "--email", "pg@milano.example");
        await RunCliAsync("users", "disable", "--email", "pg@milano.example");
        var (listed, list) = await RunCliAsync("users", "list", "--tenant", "milano");

        Assert.True(added == 0, addOutput);
        Assert.Contains("One-time password: ", addOutput, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Contains("pg@milano.example\tcoordinator\tmilano\tdisabled", list, StringComparison.Ordinal);
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

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: run through ./test.sh or tests/postgres/cluster.sh run dotnet test tests/ChatAssistant.Cli.Tests.");

    private async Task<(int Code, string Output)> RunCliAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatAssistant.Cli.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ChatAssistant__Storage__Provider"] = "PostgreSql";
        info.Environment["ConnectionStrings__ChatAssistant"] = new NpgsqlConnectionStringBuilder(AdminConnectionString()) { SearchPath = _schema }.ConnectionString;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
