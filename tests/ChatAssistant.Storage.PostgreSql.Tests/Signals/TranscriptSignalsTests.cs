using System.Collections.Concurrent;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.PostgreSql.Signals;
using Microsoft.Extensions.Logging.Abstractions;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests.Signals;

/// <summary>A reply written by one host rings the web chat streams of another within a second: LISTEN/NOTIFY, not polling.</summary>
public sealed class TranscriptSignalsTests : SchemaPerTest
{
    [Fact]
    public async Task CommitOnHostB_ListenerOnHostA_HearsTheConversationWithinASecond()
    {
        await using var hostA = await Listener.StartAsync(Schema);
        var heard = hostA.Heard;
        var hostB = Schema.OpenStores("b");
        await using var _ = hostB.Owner;
        await WarmUpAsync(hostB, heard);

        var conversation = $"c-{Guid.NewGuid():N}";
        await hostB.Conversations.CommitTurnAsync(Turn(NewState(conversation), "a turn"));
        await WaitForAsync(heard, Key(conversation), TimeSpan.FromSeconds(1));
        await hostB.Conversations.AppendTranscriptAsync(Key(conversation), [Message(conversation, "a volunteer's reply")]);
        await WaitForAsync(heard, Key(conversation), TimeSpan.FromSeconds(1), times: 2);
    }

    [Fact]
    public async Task StaleTurn_WritesNothing_SignalsNothing()
    {
        await using var hostA = await Listener.StartAsync(Schema);
        var heard = hostA.Heard;
        var hostB = Schema.OpenStores("b");
        await using var _ = hostB.Owner;
        await WarmUpAsync(hostB, heard);
        var conversation = $"s-{Guid.NewGuid():N}";
        await hostB.Conversations.CommitTurnAsync(Turn(NewState(conversation), "first"));
        await WaitForAsync(heard, Key(conversation), TimeSpan.FromSeconds(10));

        var stale = await hostB.Conversations.CommitTurnAsync(Turn(NewState(conversation), "stale"));
        var marker = $"m-{Guid.NewGuid():N}";
        await hostB.Conversations.CommitTurnAsync(Turn(NewState(marker), "after"));
        await WaitForAsync(heard, Key(marker), TimeSpan.FromSeconds(2));

        Assert.False(stale.Committed);
        Assert.Single(heard, key => key == Key(conversation));
    }

    /// <summary>The listener connects in the background and hears nothing sent before: warm-up turns until one is heard.</summary>
    private static async Task WarmUpAsync(StoreSet hostB, ConcurrentQueue<string> heard)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (!heard.Any(k => k.Contains(":warm-", StringComparison.Ordinal)))
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "the listener heard no warm-up turn within 10 s");
            await hostB.Conversations.CommitTurnAsync(Turn(NewState($"warm-{Guid.NewGuid():N}"), "ciao"));
            await Task.Delay(200);
        }
    }

    /// <summary>Waits until <paramref name="key"/> was heard <paramref name="times"/> times; other tests' conversations may be heard meanwhile.</summary>
    private static async Task WaitForAsync(ConcurrentQueue<string> heard, string key, TimeSpan within, int times = 1)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (heard.Count(k => k == key) < times)
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"no signal for {key} within {within.TotalSeconds} s");
            await Task.Delay(10);
        }
    }

    /// <summary>Host A's listener, as the host runs it, and every conversation key it heard.</summary>
    private sealed class Listener : IAsyncDisposable
    {
        private readonly Npgsql.NpgsqlDataSource _source;
        private readonly PostgreSqlSignals _signals;
        private readonly IDisposable _subscription;

        private Listener(Npgsql.NpgsqlDataSource source)
        {
            _source = source;
            _signals = new PostgreSqlSignals(source, TimeProvider.System, NullLogger<PostgreSqlSignals>.Instance);
            _subscription = _signals.Subscribe(Heard.Enqueue);
        }

        public ConcurrentQueue<string> Heard { get; } = new();

        public static async Task<Listener> StartAsync(TestSchema schema)
        {
            var listener = new Listener(schema.NewDataSource("a"));
            await listener._signals.StartAsync(default);
            return listener;
        }

        public async ValueTask DisposeAsync()
        {
            await _signals.StopAsync(default);
            _subscription.Dispose();
            _signals.Dispose();
            await _source.DisposeAsync();
        }
    }
}
