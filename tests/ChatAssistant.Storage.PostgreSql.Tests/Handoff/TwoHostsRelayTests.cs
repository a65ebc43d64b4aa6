using System.Collections.Concurrent;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Tickets;
using ChatAssistant.Storage.Contract.Handoff;
using ChatAssistant.Storage.PostgreSql.Conversations;
using ChatAssistant.Storage.PostgreSql.Handoff;
using ChatAssistant.Storage.PostgreSql.Signals;
using Microsoft.Extensions.Logging.Abstractions;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests.Handoff;

/// <summary>A citizen's message taken by host B reaches the volunteer's console on host A within a second (LISTEN/NOTIFY).</summary>
public sealed class TwoHostsRelayTests : SchemaPerTest
{
    [Fact]
    public async Task CitizenTurnOnHostB_ReachesTheFeedOfHostA_WithinASecond_Once()
    {
        await using var sourceA = Schema.NewDataSource("a");
        using var signalsA = new PostgreSqlSignals(sourceA, TimeProvider.System, NullLogger<PostgreSqlSignals>.Instance);
        using var feedA = new HandoffFeed(signalsA);
        var heard = new ConcurrentQueue<HandoffEvent>();
        using var subscription = feedA.Subscribe(heard.Enqueue);
        var forwarderA = new CitizenMessageForwarder(signalsA, new PostgreSqlConversationStore(sourceA), new PostgreSqlHandoffStore(sourceA), feedA,
            TimeProvider.System, NullLogger<CitizenMessageForwarder>.Instance);
        await signalsA.StartAsync(default);
        await forwarderA.StartAsync(default);

        var hostB = Schema.OpenStores("b");
        await using var _ = hostB.Owner;
        var handoffB = new PostgreSqlHandoffStore((Npgsql.NpgsqlDataSource)hostB.Owner);
        var ticket = HandoffStoreContract.NewTicket("t1", conversation: "c1");
        ticket.Status = TicketStatus.Held;
        await handoffB.InsertAsync(ticket);

        // The listener connects in the background: a first message until it is heard.
        var state = NewState("c1");
        await hostB.Conversations.CommitTurnAsync(Turn(state, "prima"));
        await WaitForAsync(heard, "prima", TimeSpan.FromSeconds(10));
        await hostB.Conversations.CommitTurnAsync(Turn(state, "non riesco a pagare la TARI"));
        await WaitForAsync(heard, "non riesco a pagare la TARI", TimeSpan.FromSeconds(1));

        Assert.Single(heard, e => e.Text == "non riesco a pagare la TARI" && e.TicketId == "t1" && e.Kind == HandoffEventKinds.CitizenMessage);
        await forwarderA.StopAsync(default);
        await signalsA.StopAsync(default);
    }

    private static async Task WaitForAsync(ConcurrentQueue<HandoffEvent> heard, string text, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (!heard.Any(e => e.Text == text))
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"\"{text}\" did not reach host A within {within.TotalSeconds} s");
            await Task.Delay(10);
        }
    }
}
