using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests;

/// <summary>What a host gets from AddPostgreSqlStorage: the stores on ConnectionStrings:ChatAssistant, the schema migrated at start.</summary>
public sealed class ServiceCollectionTests : SchemaPerTest
{
    protected override bool Migrated => false;

    [Fact]
    public async Task AddPostgreSqlStorage_HostStarts_SchemaMigratedAndTurnsCommitted()
    {
        await using var services = Services(new() { ["ConnectionStrings:ChatAssistant"] = Schema.ConnectionString() });

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(default);
        }

        var result = await services.GetRequiredService<IConversationStore>().CommitTurnAsync(Turn(NewState("c1"), "ciao"));
        Assert.True(result.Committed);
        Assert.NotNull(services.GetRequiredService<ICitizenStore>());
        Assert.Equal(0, (await services.GetRequiredService<IOutboxStore>().CountAsync("milano")).Pending);
    }

    [Fact]
    public async Task AddPostgreSqlStorage_MigrateAtStartupOff_LeavesTheSchemaAlone()
    {
        await using var services = Services(new()
        {
            ["ConnectionStrings:ChatAssistant"] = Schema.ConnectionString(),
            ["ChatAssistant:Storage:PostgreSql:MigrateAtStartup"] = "false",
        });

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(default);
        }

        Assert.Equal(0L, await Schema.ScalarAsync($"SELECT count(*) FROM pg_tables WHERE schemaname = '{Schema.Name}'"));
    }

    [Fact]
    public async Task AddPostgreSqlStorage_ConnectionStringWithoutAutoPrepare_PreparesTurnStatementsUnlessItSaysOtherwise()
    {
        await using var defaults = Services(new() { ["ConnectionStrings:ChatAssistant"] = Schema.ConnectionString() });
        await using var own = Services(new() { ["ConnectionStrings:ChatAssistant"] = Schema.ConnectionString() + ";Max Auto Prepare=5" });

        Assert.Equal(32, new NpgsqlConnectionStringBuilder(defaults.GetRequiredService<NpgsqlDataSource>().ConnectionString).MaxAutoPrepare);
        Assert.Equal(5, new NpgsqlConnectionStringBuilder(own.GetRequiredService<NpgsqlDataSource>().ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public async Task AddPostgreSqlStorage_NoConnectionString_SaysWhichSettingIsMissing()
    {
        await using var services = Services([]);

        var refusal = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IConversationStore>());

        Assert.Contains("ConnectionStrings:ChatAssistant is not set", refusal.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPostgreSqlStorage().BuildServiceProvider();
    }
}
