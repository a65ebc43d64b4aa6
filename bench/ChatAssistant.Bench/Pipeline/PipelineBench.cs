using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Storage.LiteDb;
using Activity = ChatAssistant.Core.Activities.Activity;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// Turns per second through the real TurnPipeline with LiteDB state, after seeding 10,000 conversations, with many
/// conversations at once; then LiteDB's own bulk-insert rate on the same machine as the ceiling.
/// </summary>
internal static class PipelineBench
{
    private const int SeededConversations = 10_000;
    private const int BulkDocuments = 100_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var concurrency = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 64;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var folder = Path.Combine(Path.GetTempPath(), "chatassistant-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var provider = BuildServices(folder))
            {
                var pipeline = provider.GetRequiredService<TurnPipeline>();
                var seedWatch = Stopwatch.StartNew();
                await DriveAsync(pipeline, concurrency, SeededConversations, i => i, TimeSpan.MaxValue, "seed");
                Console.WriteLine($"seeded {SeededConversations:N0} conversations in {seedWatch.Elapsed.TotalSeconds:F1} s");

                await DriveAsync(pipeline, concurrency, 2_000, i => i, TimeSpan.MaxValue, "warmup");
                var latencies = await DriveAsync(pipeline, concurrency, int.MaxValue, i => i % SeededConversations, TimeSpan.FromSeconds(seconds), "run");
                Report(latencies, concurrency, seconds);
            }

            Console.WriteLine($"LiteDB InsertBulk ceiling: {BulkInsertRate(folder):N0} documents/s ({BulkDocuments:N0} small documents, one transaction)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider BuildServices(string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatAssistant:DataDirectory"] = folder,
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTurnPipeline()
            .AddLiteDbStorage()
            .AddSingleton<ITurnHandler, EchoHandler>()
            .AddSingleton<ITenantDirectory, OneTenant>()
            .AddSingleton<IBotTexts, KeyTexts>()
            .AddSingleton<ILanguageDetector, ItalianDetector>()
            .BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="turns"/> turns (or until <paramref name="duration"/>) from <paramref name="concurrency"/> workers; returns each turn's latency in ms.</summary>
    private static async Task<List<double>> DriveAsync(TurnPipeline pipeline, int concurrency, int turns, Func<int, int> conversationOf, TimeSpan duration, string phase)
    {
        var next = -1;
        var deadline = duration == TimeSpan.MaxValue ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            int turn;
            while ((turn = Interlocked.Increment(ref next)) < turns && Stopwatch.GetTimestamp() < deadline)
            {
                var conversation = conversationOf(turn);
                var activity = new Activity
                {
                    Type = ActivityTypes.Message,
                    Id = $"{phase}-{turn}",
                    ChannelId = ChannelIds.WebChat,
                    Conversation = new ConversationAccount { Id = $"conv{conversation}", TenantId = "milano" },
                    From = new ChannelAccount { Id = $"user{conversation}", Role = RoleTypes.User },
                    Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
                    Text = "Come rinnovo la carta d'identità?",
                };
                var started = Stopwatch.GetTimestamp();
                var result = await pipeline.ProcessAsync(activity);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (result.Outcome != TurnOutcome.Processed)
                {
                    throw new InvalidOperationException($"Turn {turn} was {result.Outcome}: {result.Reason}");
                }
            }

            return latencies;
        })));
        return perWorker.SelectMany(l => l).ToList();
    }

    private static void Report(List<double> latencies, int concurrency, int seconds)
    {
        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        Console.WriteLine($"pipeline: {latencies.Count / (double)seconds:N0} turns/s over {seconds} s, {concurrency} conversations at once, " +
            $"{SeededConversations:N0} stored conversations");
        Console.WriteLine($"latency: p50 {Percentile(0.50):F2} ms, p99 {Percentile(0.99):F2} ms, max {latencies[^1]:F2} ms");
    }

    private static double BulkInsertRate(string folder)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = Path.Combine(folder, "bulk.db"), Connection = ConnectionType.Direct });
        var documents = Enumerable.Range(0, BulkDocuments)
            .Select(i => new BsonDocument { ["_id"] = i, ["text"] = "Come rinnovo la carta d'identità?", ["n"] = i })
            .ToList();
        var watch = Stopwatch.StartNew();
        db.GetCollection("bulk").InsertBulk(documents);
        db.Checkpoint();
        return BulkDocuments / watch.Elapsed.TotalSeconds;
    }
}
