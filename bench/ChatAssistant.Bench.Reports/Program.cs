using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Core.Events;
using ChatAssistant.Reports;
using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Storage;
using ChatAssistant.Reports.Summary;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.LiteDb.Reports;
using ChatAssistant.Storage.PostgreSql;
using ChatAssistant.Storage.PostgreSql.Reports;
using ChatAssistant.Storage.PostgreSql.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

// A large municipality's year of anonymous usage events (2 million by default) added to the reports' day counters the
// way the host adds them (rolled up in batches), then the year's summary timed: once cold, then 10 times.
//   dotnet run -c Release --project bench/ChatAssistant.Bench.Reports -- litedb [--events 2000000]
//   tests/postgres/cluster.sh run dotnet run -c Release --project bench/ChatAssistant.Bench.Reports -- postgresql [--events 2000000]

var engine = args.FirstOrDefault() ?? "litedb";
var total = args.Length >= 3 && args[1] == "--events" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000_000;
var options = new ReportOptions();
var year = new ReportPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

MeasureRecord();

if (engine == "litedb")
{
    var folder = Directory.CreateTempSubdirectory("chatassistant-bench-reports-");
    try
    {
        using var store = new LiteDbStore(folder.FullName);
        await RunAsync(new LiteDbReportStore(store));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data file: {new FileInfo(Path.Combine(folder.FullName, "chatassistant.db")).Length / 1e6:F1} MB"));
    }
    finally
    {
        folder.Delete(recursive: true);
    }
}
else
{
    var admin = Environment.GetEnvironmentVariable("CHATASSISTANT_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set CHATASSISTANT_TEST_POSTGRES: run through tests/postgres/cluster.sh run ...");
    var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];
    await using var adminSource = NpgsqlDataSource.Create(admin);
    await adminSource.CreateCommand($"CREATE SCHEMA {schema}").ExecuteNonQueryAsync();
    try
    {
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
        await using var source = PostgreSqlDataSource.Create(connectionString, new PostgreSqlStorageOptions());
        await PostgreSqlSchema.MigrateAsync(source);
        await RunAsync(new PostgreSqlReportStore(source));
        var rows = await adminSource.CreateCommand($"SELECT count(*) FROM {schema}.usage_counters").ExecuteScalarAsync();
        Console.WriteLine($"counter rows: {rows}");
    }
    finally
    {
        await adminSource.CreateCommand($"DROP SCHEMA {schema} CASCADE").ExecuteNonQueryAsync();
    }
}

async Task RunAsync(IReportStore store)
{
    var rollup = new UsageRollup(ReportTimeZone.Of(options));
    var watch = Stopwatch.StartNew();
    foreach (var batch in YearOfEvents(total).Chunk(50_000))
    {
        await store.AddAsync(rollup.Of(batch), options.MaxQuestionsPerDay);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{engine}: {total:N0} events added in {watch.Elapsed.TotalSeconds:F1} s ({total / watch.Elapsed.TotalSeconds:N0} events/s, batches of 50,000)"));

    var reports = new ReportService(store, Options.Create(options));
    watch.Restart();
    var summary = await reports.SummarizeAsync("milano", year);
    var cold = watch.Elapsed.TotalMilliseconds;
    var warm = new List<double>();
    for (var i = 0; i < 10; i++)
    {
        watch.Restart();
        await reports.SummarizeAsync("milano", year);
        warm.Add(watch.Elapsed.TotalMilliseconds);
    }

    warm.Sort();
    watch.Restart();
    await reports.SummarizeAsync("milano", new ReportPeriod(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30)));
    var month = watch.Elapsed.TotalMilliseconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{engine}: year summary ({summary.Turns:N0} turns, {summary.ByTopic.Count} topics, {summary.NotUnderstoodTop.Count} top questions): first {cold:F0} ms, then median {warm[5]:F0} ms, max {warm[^1]:F0} ms; one month {month:F0} ms"));
}

// What the pipeline pays per turn for its event: a queue write and two counter increments, no store call.
void MeasureRecord()
{
    var writer = new UsageEventWriter(new NowhereStore(), Options.Create(new ReportOptions { QueueCapacity = 2_000_000 }), NullLogger<UsageEventWriter>.Instance);
    var events = YearOfEvents(1_000_000).ToList();
    var watch = Stopwatch.StartNew();
    foreach (var e in events)
    {
        writer.Record(e);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"record: {watch.Elapsed.TotalMilliseconds * 1e6 / events.Count:F0} ns per event (1,000,000 events, queue only)"));
}

// 2025 in Milan: turns (answered 75 %, escalated 10 %, not understood 15 %) over 45 topics, 2 channels, office hours
// mostly; handoff waits and handling times, survey ratings, appointments at 6 desks. Not-understood questions come
// from 20,000 distinct phrasings, the common ones often (a power law), as real ones do.
static IEnumerable<UsageEvent> YearOfEvents(int count)
{
    var random = new Random(42);
    var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(1));
    var topics = Enumerable.Range(0, 45).Select(i => i < 5 ? $"intent:flow{i}" : $"topic-{i:00}").ToArray();
    string[] desks = ["centro", "nord", "sud", "est", "ovest", "biblioteca"];
    int Skewed(int n) => (int)Math.Min(n - 1, Math.Floor(Math.Pow(random.NextDouble(), 3) * n));
    for (var i = 0; i < count; i++)
    {
        var hour = random.NextDouble() < 0.85 ? 8 + random.Next(11) : random.Next(24);
        var at = start.AddDays((long)i * 365 / count).AddHours(hour).AddMinutes(random.Next(60));
        var kind = random.Next(100);
        yield return kind switch
        {
            < 86 => random.Next(100) switch
            {
                < 75 => UsageEvent.TurnOf("milano", random.Next(3) == 0 ? "directline" : "telegram", topics[Skewed(topics.Length)], UsageOutcome.Answered, null, at),
                < 85 => UsageEvent.TurnOf("milano", "telegram", "handoff", UsageOutcome.Escalated, null, at),
                _ => UsageEvent.TurnOf("milano", "telegram", "none", UsageOutcome.NotUnderstood, $"domanda numero {Skewed(20_000)} sul servizio", at),
            },
            < 90 => UsageEvent.HandoffClaimed("milano", "telegram", TimeSpan.FromSeconds(random.Next(1, 1800)), at),
            < 94 => UsageEvent.HandoffClosed("milano", "telegram", TimeSpan.FromSeconds(random.Next(60, 3600)), at),
            < 96 => UsageEvent.SurveyAnswered("milano", 1 + random.Next(5), at),
            < 98 => UsageEvent.AppointmentBooked("milano", desks[random.Next(desks.Length)], at),
            < 99 => UsageEvent.AppointmentAttended("milano", desks[random.Next(desks.Length)], at),
            _ => UsageEvent.AppointmentNoShow("milano", desks[random.Next(desks.Length)], at),
        };
    }
}

internal sealed class NowhereStore : IReportStore
{
    public Task AddAsync(IReadOnlyList<UsageCounter> counters, int maxQuestionsPerDay, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<UsageTotal>> ReadAsync(string tenantId, DateOnly from, DateOnly to, int topQuestions, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UsageTotal>>([]);

    public Task<long> PurgeBeforeAsync(DateOnly day, CancellationToken cancellationToken = default) => Task.FromResult(0L);
}
