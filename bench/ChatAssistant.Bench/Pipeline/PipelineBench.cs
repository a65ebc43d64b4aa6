using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Testing;
using Activity = ChatAssistant.Core.Activities.Activity;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// Turns through the real TurnPipeline with LiteDB state, over 10,000 stored conversations, every reply returned only
/// once its turn is on disk. Three measurements, each repeated and reported as the median:
/// a fixed arrival rate (citizens do not wait for each other: latency counts from when the turn was due, so a stall
/// delays every turn behind it), a fixed number of conversations in flight, and the saturation throughput.
/// Last, LiteDB's own bulk-insert rate on the same machine: the ceiling.
/// </summary>
internal static class PipelineBench
{
    private const int SeededConversations = 10_000;
    private const int BulkDocuments = 100_000;
    private static readonly TimeSpan QuietBeforeRun = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = BenchSettings.Parse(args);
        var folder = Path.Combine(Path.GetTempPath(), "chatassistant-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var provider = BuildServices(folder, settings))
            {
                var pipeline = provider.GetRequiredService<TurnPipeline>();
                var driver = new TurnDriver([pipeline], SeededConversations);
                var seedWatch = Stopwatch.StartNew();
                await driver.ClosedLoopAsync(64, SeededConversations, TimeSpan.MaxValue, seed: true);
                Console.WriteLine($"seeded {SeededConversations:N0} conversations in {seedWatch.Elapsed.TotalSeconds:F1} s");
                await driver.ClosedLoopAsync(settings.Concurrency, 2_000, TimeSpan.MaxValue);

                var duration = TimeSpan.FromSeconds(settings.Seconds);
                await Task.Delay(QuietBeforeRun);
                PrintDiskFloor("before the runs", folder, settings);
                await MeasureAsync($"fixed rate {settings.Rate:N0} turns/s", settings, settings.Runs, () => driver.OpenLoopAsync(settings.Rate, duration));
                await MeasureAsync($"{settings.Concurrency} conversations in flight", settings, settings.Runs,
                    () => driver.ClosedLoopAsync(settings.Concurrency, int.MaxValue, duration));
                await MeasureAsync("saturation, 64 in flight", settings, 1, () => driver.ClosedLoopAsync(64, int.MaxValue, duration));
            }

            Console.WriteLine($"LiteDB InsertBulk ceiling: {BulkInsertRate(folder):N0} documents/s ({BulkDocuments:N0} small documents, one transaction)");
            PrintDiskFloor("after the runs", folder, settings);
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <returns>The medians of the runs.</returns>
    internal static Task<RunResult> MeasureAsync(string name, int runs, Func<Task<RunResult>> run) =>
        MeasureAsync(name, new BenchSettings(0, 0, 0, runs, Allocations: false, InMemory: false), runs, run);

    private static async Task<RunResult> MeasureAsync(string name, BenchSettings settings, int runs, Func<Task<RunResult>> run)
    {
        var results = new List<RunResult>();
        for (var i = 0; i < runs; i++)
        {
            // The store applies journaled turns to LiteDB behind the replies; a phase that ran faster than it leaves
            // thousands of turns to apply (seen: 4,000 after the warm-up), which the next run would pay for.
            await Task.Delay(QuietBeforeRun);
            var gcPause = GC.GetTotalPauseDuration();
            var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var allocated = GC.GetTotalAllocatedBytes();
            using var hiccups = new HiccupMeter();
            using var storeLatencies = new StoreLatencies();
            using var allocations = settings.Allocations ? new AllocationSampler() : null;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var written = BytesWrittenToDisk();
            var wall = Stopwatch.StartNew();
            var result = await run();
            var cpuShare = (Process.GetCurrentProcess().TotalProcessorTime - cpu) / (wall.Elapsed * Environment.ProcessorCount);
            var writtenPerTurn = (BytesWrittenToDisk() - written) / (double)result.Turns;
            var stalls = hiccups.Stop();
            var allocatedPerTurn = (GC.GetTotalAllocatedBytes() - allocated) / result.Turns;
            results.Add(result);
            Console.WriteLine($"  {name}, run {i + 1}: {result.TurnsPerSecond:N0} turns/s, p50 {result.P50:F2} ms, p99 {result.P99:F2} ms, " +
                $"max {result.Max:F1} ms, GC pauses {(GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds:F0} ms " +
                $"in {string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))} collections (gen 0/1/2), " +
                $"{allocatedPerTurn / 1024.0:F0} KB allocated and {stalls.PromotedBytes / 1024.0 / result.Turns:F1} KB promoted per turn; CPU {cpuShare:P0} of {Environment.ProcessorCount} cores, {writtenPerTurn / 1024:F0} KB written to disk per turn; process stalls over 2 ms: {stalls.Count} (longest {stalls.Longest:F1} ms, {stalls.Total:F0} ms in all)");
            foreach (var line in storeLatencies.Summary())
            {
                Console.WriteLine($"    {line}");
            }

            allocations?.Print(result.Turns);
        }

        double Median(Func<RunResult, double> of) => results.Select(of).Order().ElementAt(results.Count / 2);
        Console.WriteLine($"{name}: median of {runs}: {Median(r => r.TurnsPerSecond):N0} turns/s, p50 {Median(r => r.P50):F2} ms, p99 {Median(r => r.P99):F2} ms");
        return new RunResult(results.Sum(r => r.Turns), Median(r => r.TurnsPerSecond), Median(r => r.P50), Median(r => r.P99), results.Max(r => r.Max));
    }

    /// <summary>Measured before and after the runs: the shared disk's latency drifts within minutes.</summary>
    private static void PrintDiskFloor(string when, string folder, BenchSettings settings)
    {
        var floor = DiskFloor.Measure(Path.Combine(folder, "floor"), settings.Rate, TimeSpan.FromSeconds(settings.Seconds));
        Console.WriteLine($"disk floor {when}: {settings.Rate:N0} writes/s made durable by group commit (4 KB write + fsync per batch, nothing else running): " +
            $"p50 {floor.P50:F2} ms, p99 {floor.P99:F2} ms, max {floor.Max:F1} ms");
    }

    /// <summary>What this process has sent to the disk so far (Linux: /proc/self/io), or 0 where that is unknown.</summary>
    private static long BytesWrittenToDisk()
    {
        const string Counters = "/proc/self/io";
        var line = File.Exists(Counters) ? File.ReadLines(Counters).FirstOrDefault(l => l.StartsWith("write_bytes:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line["write_bytes:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static ServiceProvider BuildServices(string folder, BenchSettings bench) =>
        BuildServices(new Dictionary<string, string?> { ["ChatAssistant:DataDirectory"] = folder }, services =>
        {
            if (bench.InMemory)
            {
                // The pipeline alone: the same turns with nothing written to disk.
                var store = new InMemoryStore();
                services.AddSingleton<IConversationStore>(store).AddSingleton<ICitizenStore>(store).AddSingleton<IOutboxStore>(store);
            }
            else
            {
                services.AddLiteDbStorage();
            }
        });

    /// <summary>The real pipeline with a trivial handler over the stores <paramref name="addStorage"/> adds, configured by <paramref name="settings"/>.</summary>
    internal static ServiceProvider BuildServices(Dictionary<string, string?> settings, Action<IServiceCollection> addStorage)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTurnPipeline();
        addStorage(services);
        return services
            .AddSingleton<ITurnHandler, EchoHandler>()
            .AddSingleton<ITenantDirectory, OneTenant>()
            .AddSingleton<IBotTexts, KeyTexts>()
            .AddSingleton<ILanguageDetector, ItalianDetector>()
            .BuildServiceProvider();
    }

    private static double BulkInsertRate(string folder)
    {
        Directory.CreateDirectory(folder);
        using var db = new LiteDatabase(new ConnectionString { Filename = Path.Combine(folder, "bulk.db"), Connection = ConnectionType.Direct });
        var documents = Enumerable.Range(0, BulkDocuments)
            .Select(i => new BsonDocument { ["_id"] = i, ["text"] = "Come rinnovo la carta d'identità?", ["n"] = i })
            .ToList();
        var watch = Stopwatch.StartNew();
        db.GetCollection("bulk").InsertBulk(documents);
        db.Checkpoint();
        return BulkDocuments / watch.Elapsed.TotalSeconds;
    }

    /// <param name="Allocations">Print a sample of what each run allocates, by type.</param>
    /// <param name="InMemory">The test suite's in-memory store instead of LiteDB: what the pipeline costs without a store on disk.</param>
    internal sealed record BenchSettings(int Rate, int Concurrency, int Seconds, int Runs, bool Allocations, bool InMemory)
    {
        /// <summary>pipeline [--rate 3000] [--concurrency 8] [--seconds 10] [--runs 3] [--allocations] [--in-memory]</summary>
        public static BenchSettings Parse(string[] args)
        {
            int? Option(string name)
            {
                var index = Array.IndexOf(args, name);
                return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
            }

            return new BenchSettings(Option("--rate") ?? 3_000, Option("--concurrency") ?? 8, Option("--seconds") ?? 10, Option("--runs") ?? 3,
                args.Contains("--allocations"), args.Contains("--in-memory"));
        }
    }
}

/// <param name="P50">Latency percentiles and maximum, in milliseconds.</param>
internal sealed record RunResult(int Turns, double TurnsPerSecond, double P50, double P99, double Max)
{
    public static RunResult Of(List<double> latencies, TimeSpan elapsed)
    {
        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        return new RunResult(latencies.Count, latencies.Count / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99), latencies[^1]);
    }
}

/// <summary>
/// Sends one-message turns to the pipeline, spread over the stored conversations. With several pipelines (hosts),
/// turns go to them in turn, as a round-robin load balancer would send a citizen's requests.
/// </summary>
internal sealed class TurnDriver(IReadOnlyList<TurnPipeline> pipelines, int conversations)
{
    private long _turn;

    /// <summary><paramref name="concurrency"/> workers, each sending its next turn as soon as the last one is answered.</summary>
    public async Task<RunResult> ClosedLoopAsync(int concurrency, int turns, TimeSpan duration, bool seed = false)
    {
        var sent = 0;
        var watch = Stopwatch.StartNew();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            int n;
            while ((n = Interlocked.Increment(ref sent)) <= turns && watch.Elapsed < duration)
            {
                var turn = Interlocked.Increment(ref _turn);
                var started = Stopwatch.GetTimestamp();
                await SendAsync(turn, seed ? n - 1 : null);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return latencies;
        })));
        return RunResult.Of(perWorker.SelectMany(l => l).ToList(), watch.Elapsed);
    }

    /// <summary>Turns due at a fixed rate whatever happens to earlier ones; each latency counts from when its turn was due.</summary>
    public async Task<RunResult> OpenLoopAsync(int rate, TimeSpan duration)
    {
        var schedule = new FixedRateSchedule(rate, duration);
        var total = schedule.Total;
        var latencies = new double[total];
        // Only a count of unfinished turns: holding every turn's task would keep them all alive, and the longer GC
        // pauses that causes would be counted against the store.
        var unfinished = total;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var launcher = new Thread(() =>
        {
            var launched = 0;
            while (launched < total)
            {
                for (var due = schedule.DueByNow(); launched < due; launched++)
                {
                    var index = launched;
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await SendAsync(Interlocked.Increment(ref _turn), conversation: null);
                            latencies[index] = schedule.MillisecondsSinceDue(index);
                        }
                        catch (Exception ex)
                        {
                            finished.TrySetException(ex);
                        }

                        if (Interlocked.Decrement(ref unfinished) == 0)
                        {
                            finished.TrySetResult();
                        }
                    });
                }

                FixedRateSchedule.WaitAMillisecond();
            }
        }) { Name = "bench launcher", IsBackground = true };
        launcher.Start();
        await Task.Run(launcher.Join);
        await finished.Task;
        return RunResult.Of([.. latencies], schedule.Elapsed);
    }

    /// <param name="conversation">Null: a stored conversation chosen from the turn number.</param>
    private async Task SendAsync(long turn, int? conversation)
    {
        // A stride coprime with the number of conversations visits them all before coming back to one.
        var target = conversation ?? (int)(turn * 7_919 % conversations);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"m{turn}",
            ChannelId = ChannelIds.WebChat,
            Conversation = new ConversationAccount { Id = $"conv{target}", TenantId = "milano" },
            From = new ChannelAccount { Id = $"user{target}", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
            Text = "Come rinnovo la carta d'identità?",
        };
        var result = await pipelines[(int)(turn % pipelines.Count)].ProcessAsync(activity);
        if (result.Outcome != TurnOutcome.Processed)
        {
            throw new InvalidOperationException($"Turn {turn} was {result.Outcome}: {result.Reason}");
        }
    }
}

/// <summary>
/// Wakes every millisecond on its own thread and notes how late it woke: a stall of the whole process (a GC pause,
/// the machine taking the CPU away) delays it like every turn in flight, a stall inside the store does not.
/// It also adds up what the gen 0 and gen 1 collections promoted.
/// </summary>
internal sealed class HiccupMeter : IDisposable
{
    private readonly Thread _thread;
    private readonly List<double> _stalls = [];
    private volatile bool _stopped;
    private long _lastCollection = GC.GetGCMemoryInfo(GCKind.Any).Index;
    private long _promoted;

    public HiccupMeter()
    {
        _thread = new Thread(() =>
        {
            while (!_stopped)
            {
                var before = Stopwatch.GetTimestamp();
#pragma warning disable RS0030 // a dedicated thread measuring its own wake-up delay
                Thread.Sleep(1);
#pragma warning restore RS0030
                var late = Stopwatch.GetElapsedTime(before).TotalMilliseconds - 1.2;
                if (late > 2)
                {
                    _stalls.Add(late);
                }

                NotePromoted();
            }
        }) { Name = "bench hiccup meter", IsBackground = true };
        _thread.Start();
    }

    /// <returns>PromotedBytes: what gen 0 and gen 1 collections copied to an older generation; a pause lasts about as long as that takes.</returns>
    public (int Count, double Longest, double Total, long PromotedBytes) Stop()
    {
        _stopped = true;
        _thread.Join();
        return (_stalls.Count, _stalls.DefaultIfEmpty(0).Max(), _stalls.Sum(), _promoted);
    }

    // Looked at every millisecond: two collections within one are rare enough not to matter.
    private void NotePromoted()
    {
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        if (last.Index != _lastCollection)
        {
            _lastCollection = last.Index;
            if (last.Generation < 2)
            {
                _promoted += last.PromotedBytes;
            }
        }
    }

    public void Dispose()
    {
        if (!_stopped)
        {
            Stop();
        }
    }
}
