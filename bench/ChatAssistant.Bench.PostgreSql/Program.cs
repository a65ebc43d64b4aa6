using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql;
using ChatAssistant.Storage.PostgreSql.Conversations;
using ChatAssistant.Storage.PostgreSql.Outbox;
using ChatAssistant.Storage.PostgreSql.Schema;
using Npgsql;

// The PostgreSQL store alone, as hosts use it: turns committed (state, two transcript activities, one reply) at several
// levels of concurrency, then the replies drained by two hosts claiming 30 at a time. Runs in a schema of its own,
// dropped at the end. Usage (see bench/README-postgresql.md):
//   tests/postgres/cluster.sh run dotnet run -c Release --project bench/ChatAssistant.Bench.PostgreSql [-- --turns 10000]

var turnsPerLevel = args.Length == 2 && args[0] == "--turns" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var admin = Environment.GetEnvironmentVariable("CHATASSISTANT_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Set CHATASSISTANT_TEST_POSTGRES: run through tests/postgres/cluster.sh run ...");
var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];
await using var adminSource = NpgsqlDataSource.Create(admin);
await adminSource.CreateCommand($"CREATE SCHEMA {schema}").ExecuteNonQueryAsync();
try
{
    var connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, MaxPoolSize = 64 }.ConnectionString;
    await using var hostA = PostgreSqlDataSource.Create(connectionString, new PostgreSqlStorageOptions());
    await using var hostB = PostgreSqlDataSource.Create(connectionString, new PostgreSqlStorageOptions());
    await PostgreSqlSchema.MigrateAsync(hostA);
    var turns = new TurnLoad(new PostgreSqlConversationStore(hostA), conversations: 10_000);
    await turns.RunAsync(10_000, 16); // every conversation saved once, plans and pools warm
    foreach (var inFlight in new[] { 1, 8, 32 })
    {
        var total = inFlight == 1 ? Math.Min(turnsPerLevel, 2_000) : turnsPerLevel;
        var watch = Stopwatch.StartNew();
        var latencies = await turns.RunAsync(total, inFlight);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"turns, {inFlight,2} in flight: {total / watch.Elapsed.TotalSeconds,6:F0} turns/s, p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms"));
    }

    var claimWatch = Stopwatch.StartNew();
    var drained = await Task.WhenAll(Drain(new PostgreSqlOutboxStore(hostA)), Drain(new PostgreSqlOutboxStore(hostB)));
    var claims = drained.SelectMany(d => d.Latencies).ToArray();
    var sent = drained.Sum(d => d.Sent);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"outbox, 2 hosts claiming 30 at a time: {sent} sent at {sent / claimWatch.Elapsed.TotalSeconds:F0} msg/s, claim p50 {Percentile(claims, 0.50):F2} ms, p99 {Percentile(claims, 0.99):F2} ms"));
}
finally
{
    await adminSource.CreateCommand($"DROP SCHEMA {schema} CASCADE").ExecuteNonQueryAsync();
}

static async Task<(int Sent, List<double> Latencies)> Drain(IOutboxStore outbox)
{
    var now = TurnLoad.Noon.AddMinutes(1);
    var latencies = new List<double>();
    var sent = 0;
    while (true)
    {
        var watch = Stopwatch.StartNew();
        var claimed = await outbox.ClaimDueAsync("milano", now, 30, now.AddHours(1));
        latencies.Add(watch.Elapsed.TotalMilliseconds);
        if (claimed.Count == 0)
        {
            return (sent, latencies);
        }

        foreach (var message in claimed)
        {
            await outbox.MarkSentAsync(message.Id);
        }

        sent += claimed.Count;
    }
}

static double Percentile(IReadOnlyCollection<double> values, double fraction)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * fraction))];
}

/// <summary>Turns over a fixed set of conversations, each committed from the version its last turn returned.</summary>
internal sealed class TurnLoad(IConversationStore store, int conversations)
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly long[] _versions = new long[conversations];
    private int _next = -1;

    public async Task<double[]> RunAsync(int total, int inFlight)
    {
        var latencies = new double[total];
        var issued = -1;
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref issued)) < total)
            {
                // One turn per conversation at a time, as the pipeline's per-conversation lock ensures.
                var c = Interlocked.Increment(ref _next) % _versions.Length;
                var watch = Stopwatch.StartNew();
                var result = await store.CommitTurnAsync(Turn(c));
                latencies[i] = watch.Elapsed.TotalMilliseconds;
                _versions[c] = result.Committed ? result.NewVersion : throw new InvalidOperationException($"Turn of b{c} was stale.");
            }
        }));
        return latencies;
    }

    private TurnCommit Turn(int c)
    {
        var state = new ConversationState
        {
            Key = ConversationKey.Of(ChannelIds.Telegram, "b" + c), TenantId = "milano", ChannelId = ChannelIds.Telegram,
            CitizenId = ChatAssistant.Core.Citizens.Citizen.IdFor("milano", ChannelIds.Telegram, "u" + c), Language = "it", Version = _versions[c],
            CreatedAt = Noon, UpdatedAt = Noon, Memory = { ["quartiere"] = "Isola" }, RecentMessageIds = ["1001", "1002", "1003"],
        };
        return new TurnCommit
        {
            State = state,
            Transcript = [Message(c, "Come faccio lo SPID?"), Message(c, "Per lo SPID ti servono un documento, la tessera sanitaria, email e telefono.")],
            Outbox =
            [
                new OutboxMessage
                {
                    Id = Guid.NewGuid().ToString("N"), BotId = "milano", ChannelId = ChannelIds.Telegram, ChatId = "b" + c,
                    ActivityJson = "{\"type\":\"message\",\"text\":\"Per lo SPID ti servono...\"}", CreatedAt = Noon, NotBefore = Noon,
                },
            ],
        };
    }

    private static Activity Message(int c, string text) => new()
    {
        Type = ActivityTypes.Message, ChannelId = ChannelIds.Telegram, Conversation = new ConversationAccount { Id = "b" + c, TenantId = "milano" },
        Text = text, Timestamp = Noon,
    };
}
