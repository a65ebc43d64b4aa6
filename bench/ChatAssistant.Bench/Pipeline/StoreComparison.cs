using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.PostgreSql;
using ChatAssistant.Storage.PostgreSql.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// The same turns through the real TurnPipeline over three storages, one after the other in one run: LiteDB (one
/// host), PostgreSQL with one host, PostgreSQL with two hosts. Two hosts are two service containers in this process,
/// each with its own pipeline, stores and data source (connection pool), turns sent to them in turn: the database
/// sees two hosts' connections and concurrent writers; the CPU is shared as it would be by two processes on this
/// 2-core machine, which also runs PostgreSQL itself. Each: 10,000 conversations seeded, 2,000 turns of warm-up, then
/// a fixed rate (latency from when each turn was due) and the sustained rate with 64 turns in flight.
/// </summary>
internal static class StoreComparison
{
    private const int Conversations = 10_000;
    private const int InFlight = 64;
    private const string Variable = "CHATASSISTANT_TEST_POSTGRES";

    /// <summary>stores [--seconds 10] [--runs 3] [--litedb-rate 1000] [--postgresql-rate 750] [--pool N] [--no-litedb]</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(admin))
        {
            Console.Error.WriteLine($"{Variable} is not set: tests/postgres/cluster.sh run dotnet run -c Release --project bench/ChatAssistant.Bench -- stores");
            return 2;
        }

        var duration = TimeSpan.FromSeconds(Option(args, "--seconds") ?? 10);
        var runs = Option(args, "--runs") ?? 3;
        var liteDbRate = Option(args, "--litedb-rate") ?? 1_000;
        var postgreSqlRate = Option(args, "--postgresql-rate") ?? 750;
        // Each host's connection pool (Npgsql's default: 100). A fixed rate that outruns the server piles turns up, each
        // holding a connection: a smaller pool queues them in the host instead of in PostgreSQL's backends.
        var pool = Option(args, "--pool");
        Console.WriteLine($"load average before: {LoadAverage()}");

        var folder = Path.Combine(Path.GetTempPath(), "chatassistant-bench", Guid.NewGuid().ToString("N"));
        Figures? liteDb = null;
        if (!args.Contains("--no-litedb"))
        {
            try
            {
                await using var provider = PipelineBench.BuildServices(new() { ["ChatAssistant:DataDirectory"] = folder }, s => s.AddLiteDbStorage());
                liteDb = await MeasureAsync("LiteDB", [provider], liteDbRate, duration, runs);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var oneHost = await OnPostgreSqlAsync("PostgreSQL, one host", admin, pool, hosts: 1, postgreSqlRate, duration, runs);
        var twoHosts = await OnPostgreSqlAsync("PostgreSQL, two hosts", admin, pool, hosts: 2, postgreSqlRate, duration, runs);

        Console.WriteLine();
        Console.WriteLine($"load average after: {LoadAverage()}");
        Console.WriteLine("| storage | sustained, 64 in flight | fixed rate | p50 | p99 | target |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        if (liteDb is not null)
        {
            Row("LiteDB", liteDb, liteDbRate, "≥ 2,000 turns/s; p50 < 5 ms, p99 < 100 ms at 1,000/s", liteDb.Sustained.TurnsPerSecond >= 2_000 && liteDb.Fixed.P50 < 5 && liteDb.Fixed.P99 < 100);
        }

        Row("PostgreSQL, one host", oneHost, postgreSqlRate, "(for the ratio)", null);
        Row("PostgreSQL, two hosts", twoHosts, postgreSqlRate, "≥ 1,500 turns/s in total; p99 < 50 ms at 750/s", twoHosts.Sustained.TurnsPerSecond >= 1_500 && twoHosts.Fixed.P99 < 50);
        Console.WriteLine($"two hosts / one host, sustained: {twoHosts.Sustained.TurnsPerSecond / oneHost.Sustained.TurnsPerSecond:F2}");
        return 0;
    }

    private sealed record Figures(RunResult Fixed, RunResult Sustained);

    private static async Task<Figures> OnPostgreSqlAsync(string name, string admin, int? pool, int hosts, int rate, TimeSpan duration, int runs)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var adminSource = NpgsqlDataSource.Create(admin);
        await adminSource.CreateCommand($"CREATE SCHEMA {schema}").ExecuteNonQueryAsync();
        var providers = new List<ServiceProvider>();
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
            if (pool is { } size)
            {
                builder.MaxPoolSize = size;
            }

            var connectionString = builder.ConnectionString;
            await using (var migrator = PostgreSqlDataSource.Create(connectionString, new PostgreSqlStorageOptions()))
            {
                await PostgreSqlSchema.MigrateAsync(migrator);
            }

            for (var i = 0; i < hosts; i++)
            {
                providers.Add(PipelineBench.BuildServices(new() { ["ConnectionStrings:ChatAssistant"] = connectionString }, s => s.AddPostgreSqlStorage()));
            }

            return await MeasureAsync(name, providers, rate, duration, runs);
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }

            await adminSource.CreateCommand($"DROP SCHEMA {schema} CASCADE").ExecuteNonQueryAsync();
        }
    }

    private static async Task<Figures> MeasureAsync(string name, IReadOnlyList<ServiceProvider> hosts, int rate, TimeSpan duration, int runs)
    {
        Console.WriteLine();
        Console.WriteLine($"== {name}");
        var driver = new TurnDriver(hosts.Select(h => h.GetRequiredService<TurnPipeline>()).ToList(), Conversations);
        var seeding = Stopwatch.StartNew();
        await driver.ClosedLoopAsync(InFlight, Conversations, TimeSpan.MaxValue, seed: true);
        Console.WriteLine($"seeded {Conversations:N0} conversations in {seeding.Elapsed.TotalSeconds:F1} s");
        await driver.ClosedLoopAsync(8, 2_000, TimeSpan.MaxValue);
        var fixedRate = await PipelineBench.MeasureAsync($"{name}, fixed rate {rate:N0} turns/s", runs, () => driver.OpenLoopAsync(rate, duration));
        var sustained = await PipelineBench.MeasureAsync($"{name}, {InFlight} in flight", runs, () => driver.ClosedLoopAsync(InFlight, int.MaxValue, duration));
        return new Figures(fixedRate, sustained);
    }

    private static void Row(string name, Figures figures, int rate, string target, bool? met) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {figures.Sustained.TurnsPerSecond:N0} turns/s (p99 {figures.Sustained.P99:F1} ms) | {figures.Fixed.TurnsPerSecond:N0} of {rate:N0} turns/s | {figures.Fixed.P50:F2} ms | {figures.Fixed.P99:F2} ms | {target}{(met is null ? "" : met.Value ? ": met" : ": NOT met")} |"));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
    }
}
