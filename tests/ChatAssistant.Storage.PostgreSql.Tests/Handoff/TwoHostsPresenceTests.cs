using System.Collections.Concurrent;
using ChatAssistant.Handoff;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Storage.PostgreSql.Handoff;
using ChatAssistant.Storage.PostgreSql.Signals;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Storage.PostgreSql.Tests.Handoff;

/// <summary>
/// Issue 14 with several hosts: a volunteer whose console is connected to host B counts as online on host A (which may
/// hold the queue's lease), and a console event published on one host reaches the other's consoles (LISTEN/NOTIFY).
/// </summary>
public sealed class TwoHostsPresenceTests : SchemaPerTest
{
    [Fact]
    public async Task VolunteerConnectedToHostB_IsOnlineOnHostA_AndHostAHearsItAtOnce_UntilThePageCloses()
    {
        await using var hostA = await HostAsync("a");
        await using var hostB = await HostAsync("b");
        var heardOnA = new ConcurrentQueue<HandoffEvent>();
        using var _ = hostA.Feed.Subscribe(heardOnA.Enqueue);
        var anna = new Volunteer("anna", "Anna", "milano", ["spid-ottenere"]);

        await hostB.Presence.ConnectedAsync(anna);

        Assert.Equal(["anna"], (await hostA.Presence.OnlineAsync("milano")).Select(v => v.Id));
        await WaitForAsync(heardOnA, e => e is { Kind: HandoffEventKinds.VolunteerOnline, VolunteerId: "anna" }, TimeSpan.FromSeconds(1));
        await hostB.Presence.DisconnectedAsync("milano", "anna");
        Assert.Empty(await hostA.Presence.OnlineAsync("milano"));
    }

    [Fact]
    public async Task TicketClaimedOnHostA_ReachesHostBsConsoles_WithinASecond_AndHostAsOnce()
    {
        await using var hostA = await HostAsync("a");
        await using var hostB = await HostAsync("b");
        var heardOnA = new ConcurrentQueue<HandoffEvent>();
        var heardOnB = new ConcurrentQueue<HandoffEvent>();
        using var a = hostA.Feed.Subscribe(heardOnA.Enqueue);
        using var b = hostB.Feed.Subscribe(heardOnB.Enqueue);

        await hostA.Feed.PublishAsync(new HandoffEvent(HandoffEventKinds.Claimed, "milano", "t1", TimeProvider.System.GetUtcNow(), VolunteerId: "anna"));

        await WaitForAsync(heardOnB, e => e is { Kind: HandoffEventKinds.Claimed, TicketId: "t1" }, TimeSpan.FromSeconds(1));
        // Host A's consoles heard it at once, and not a second time through its own NOTIFY.
        await Task.Delay(300);
        Assert.Single(heardOnA, e => e.TicketId == "t1");
        Assert.Single(heardOnB, e => e.TicketId == "t1");
    }

    private async Task<TestHost> HostAsync(string name)
    {
        var source = Schema.NewDataSource(name);
        var signals = new PostgreSqlSignals(source, TimeProvider.System, NullLogger<PostgreSqlSignals>.Instance);
        await signals.StartAsync(default);
        var feed = new HandoffFeed(signals);
        var presence = new VolunteerPresence(new PostgreSqlVolunteerPresenceStore(source), feed, TimeProvider.System, Options.Create(new HandoffOptions()));
        var host = new TestHost(source, signals, feed, presence);
        await host.ListeningAsync();
        return host;
    }

    private static async Task WaitForAsync(ConcurrentQueue<HandoffEvent> heard, Func<HandoffEvent, bool> match, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (!heard.Any(match))
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"the event did not arrive within {within.TotalSeconds} s");
            await Task.Delay(10);
        }
    }

    private sealed record TestHost(Npgsql.NpgsqlDataSource Source, PostgreSqlSignals Signals, HandoffFeed Feed, VolunteerPresence Presence) : IAsyncDisposable
    {
        /// <summary>The listener connects in the background: ping this host's own topic until it hears itself.</summary>
        public async Task ListeningAsync()
        {
            var heard = new TaskCompletionSource();
            using var ping = Signals.Subscribe("ping", _ => heard.TrySetResult());
            var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
            while (!heard.Task.IsCompleted)
            {
                Assert.True(TimeProvider.System.GetUtcNow() < deadline, "the host never started listening");
                await Signals.PublishAsync("ping", "");
                await Task.WhenAny(heard.Task, Task.Delay(100));
            }
        }

        public async ValueTask DisposeAsync()
        {
            Feed.Dispose();
            await Signals.StopAsync(default);
            Signals.Dispose();
            await Source.DisposeAsync();
        }
    }
}
