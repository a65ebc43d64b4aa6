using System.Net;
using System.Net.Sockets;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Citizens;
using ChatAssistant.Storage.PostgreSql.Conversations;
using ChatAssistant.Storage.PostgreSql.Database;
using ChatAssistant.Storage.PostgreSql.Outbox;
using Npgsql;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests.Database;

/// <summary>When PostgreSQL fails, the host learns it in one exception type it can answer "try again" to, and nothing is half-written.</summary>
public sealed class FaultTests : SchemaPerTest
{
    [Fact]
    public async Task EveryStore_DatabaseUnreachable_ThrowsDatabaseUnavailable()
    {
        var builder = new NpgsqlConnectionStringBuilder(Schema.ConnectionString()) { Host = "127.0.0.1", Port = ClosedPort(), Timeout = 3 };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        var conversations = new PostgreSqlConversationStore(dataSource);
        var citizens = new PostgreSqlCitizenStore(dataSource);
        var outbox = new PostgreSqlOutboxStore(dataSource);

        var refusal = await Assert.ThrowsAsync<StoreUnavailableException>(() => conversations.CommitTurnAsync(Turn(NewState("c1"), "ciao")));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => conversations.GetStateAsync(Key("c1")));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => citizens.EraseAsync("anna"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => outbox.ClaimDueAsync("milano", Noon, 10, Noon.AddMinutes(1)));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => PostgreSql.Schema.PostgreSqlSchema.MigrateAsync(dataSource));
        Assert.Contains("try again", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitTurnAsync_ConnectionKilledByTheServer_ThrowsDatabaseUnavailableThenWorksAgain()
    {
        var stores = Schema.OpenStores("killed");
        await using var _ = stores.Owner;
        var state = NewState("c1");
        Assert.True((await stores.Conversations.CommitTurnAsync(Turn(state, "one"))).Committed);

        await Schema.ScalarAsync($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{Schema.Name}-killed'");

        await Assert.ThrowsAsync<StoreUnavailableException>(() => stores.Conversations.CommitTurnAsync(Turn(state, "two")));
        // The turn did not land (the connection died before it was sent): the host's retry commits it once.
        Assert.Equal(1, (await stores.Conversations.GetStateAsync(Key("c1")))!.Version);
        Assert.True((await stores.Conversations.CommitTurnAsync(Turn(state, "two"))).Committed);
        Assert.Equal(["one", "answer to one", "two", "answer to two"], await TextsAsync(stores.Conversations, Key("c1")));
    }

    [Fact]
    public async Task CommitTurnAsync_ARowRefusedHalfWay_NothingOfTheTurnIsStored()
    {
        var stores = Schema.OpenStores();
        await using var _ = stores.Owner;
        var state = NewState("c1");
        await stores.Conversations.CommitTurnAsync(Turn(state, "one", [OutboxMessage("r1", "c1")]));
        // PostgreSQL's text refuses the NUL character: the last row of the turn fails after its state and transcript were written.
        var poisoned = OutboxMessage("r2", "c1");
        var refused = new TurnCommit
        {
            State = (await stores.Conversations.GetStateAsync(Key("c1")))!,
            Citizen = Citizen("milano:telegram:1"),
            Transcript = [Message("c1", "two")],
            Outbox = [OutboxMessage("r2-ok", "c1"), new() { Id = poisoned.Id, BotId = poisoned.BotId, ChannelId = poisoned.ChannelId, ChatId = poisoned.ChatId, ActivityJson = "{\"text\":\"\0\"}" }],
        };

        var failure = await Assert.ThrowsAnyAsync<PostgresException>(() => stores.Conversations.CommitTurnAsync(refused));

        Assert.Equal("22021", failure.SqlState);
        Assert.Equal(1, (await stores.Conversations.GetStateAsync(Key("c1")))!.Version);
        Assert.Equal(["one", "answer to one"], await TextsAsync(stores.Conversations, Key("c1")));
        Assert.Null(await stores.Citizens.GetAsync("milano:telegram:1"));
        Assert.Equal(1, (await stores.Outbox.CountAsync("milano")).Pending);
    }

    [Fact]
    public async Task CommitTurnAsync_EraseCitizenLosesTheVersionCheck_ErasesNothing()
    {
        var stores = Schema.OpenStores();
        await using var _ = stores.Owner;
        await stores.Conversations.CommitTurnAsync(new TurnCommit { State = NewState("c1", "anna"), Citizen = Citizen("anna"), Transcript = [Message("c1", "hello")] });
        var late = NewState("c1", "anna");

        var result = await stores.Conversations.CommitTurnAsync(new TurnCommit { State = late, Citizen = Citizen("anna"), EraseCitizen = true });

        Assert.False(result.Committed);
        Assert.NotNull(await stores.Citizens.GetAsync("anna"));
        Assert.Equal(["hello"], await TextsAsync(stores.Conversations, Key("c1")));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
