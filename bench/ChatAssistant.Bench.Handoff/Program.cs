// Relay latency with 50 live handoffs, the real pipeline, bot and handoff:
//   citizen → volunteer: from the citizen's turn entering the pipeline to the HandoffFeed event a console receives;
//   volunteer → citizen: from TicketCommands.SendAsync to the transcript signal that rings the web chat stream
//   (web chat), and to the message being durable in the outbox (Telegram; the sender then polls every 200 ms).
// On the embedded store (LiteDB) in one process; with --postgres, two hosts (two service providers, each with its own
// connection pool and LISTEN connection) on one PostgreSQL schema: the citizens' turns on host A, the volunteers on
// host B, so every measured hop crosses hosts through NOTIFY. The connection string comes from
// CHATASSISTANT_TEST_POSTGRES (tests/postgres/cluster.sh run ... sets it); the bench makes and drops its own schema.
// Usage: dotnet run -c Release --project bench/ChatAssistant.Bench.Handoff -- [--handoffs 50] [--seconds 20] [--postgres]
using System.Collections.Concurrent;
using System.Diagnostics;
using Activity = ChatAssistant.Core.Activities.Activity;
using System.Globalization;
using ChatAssistant.Bot;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs;
using ChatAssistant.Handoff;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Queue;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Core.Signals;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.PostgreSql;
using Npgsql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var handoffs = Argument("--handoffs", 50);
var seconds = Argument("--seconds", 20);
var postgres = args.Contains("--postgres");
var folder = Directory.CreateTempSubdirectory("chatassistant-bench-handoff-").FullName;
var schema = "bench_handoff_" + Guid.NewGuid().ToString("N")[..12];
string? connectionString = null;
if (postgres)
{
    var admin = Environment.GetEnvironmentVariable("CHATASSISTANT_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set CHATASSISTANT_TEST_POSTGRES, e.g. run through tests/postgres/cluster.sh run.");
    await using var adminSource = NpgsqlDataSource.Create(admin);
    await using (var create = adminSource.CreateCommand($"CREATE SCHEMA {schema}"))
    {
        await create.ExecuteNonQueryAsync();
    }

    connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, MaxPoolSize = 60 }.ConnectionString;
}

// Host A takes the citizens' turns; host B is the volunteers' (the same provider on LiteDB: one process per data folder).
var hostA = await StartHostAsync("a");
var hostB = postgres ? await StartHostAsync("b") : hostA;
var pipeline = hostA.GetRequiredService<TurnPipeline>();
var store = hostB.GetRequiredService<IHandoffStore>();
var commands = hostB.GetRequiredService<TicketCommands>();
var provider = hostB;

var sentAt = new ConcurrentDictionary<string, long>();
var toVolunteer = new ConcurrentBag<double>();
provider.GetRequiredService<HandoffFeed>().Subscribe(e =>
{
    if (e.Kind == HandoffEventKinds.CitizenMessage && e.Text is { } text && sentAt.TryRemove(text, out var start))
    {
        toVolunteer.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
});
var ringAt = new ConcurrentDictionary<string, long>();
var toWebChat = new ConcurrentBag<double>();
// The citizen's own turn rings the stream too (on PostgreSQL after the turn returned): the volunteer's clock starts after it.
var citizenRing = new ConcurrentDictionary<string, TaskCompletionSource>();
hostA.GetRequiredService<ITranscriptSignals>().Subscribe(key =>
{
    if (citizenRing.TryRemove(key, out var turnRung))
    {
        turnRung.TrySetResult();
    }
    else if (ringAt.TryRemove(key, out var start))
    {
        toWebChat.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
});

var citizens = Enumerable.Range(0, handoffs).Select(i => (Channel: i % 2 == 0 ? ChannelIds.Telegram : ChannelIds.DirectLine, Chat: (1000 + i).ToString(CultureInfo.InvariantCulture))).ToList();
var sequence = 0;
Task Say((string Channel, string Chat) c, string text) => pipeline.ProcessAsync(new Activity
{
    Type = ActivityTypes.Message, Id = Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture), ChannelId = c.Channel, Text = text,
    From = new ChannelAccount { Id = "u" + c.Chat, Name = "Cittadino", Role = RoleTypes.User }, Recipient = new ChannelAccount { Id = "bot" },
    Conversation = new ConversationAccount { Id = c.Chat, TenantId = "milano" },
});
foreach (var c in citizens)
{
    await Say(c, "operatore");
}

var tickets = (await store.ListOpenAsync("milano")).ToDictionary(t => t.ConversationKey);
var volunteers = Enumerable.Range(0, (handoffs + 2) / 3).Select(i => new Volunteer($"v{i}", $"Volontario {i}", "milano")).ToList();
var holder = new Dictionary<string, Volunteer>();
var n = 0;
foreach (var ticket in tickets.Values)
{
    var volunteer = volunteers[n++ / 3];
    await commands.ClaimAsync(volunteer, ticket.Id, default);
    holder[ticket.Id] = volunteer;
}

Console.WriteLine($"{(postgres ? "PostgreSQL, citizens on host A, volunteers on host B" : "LiteDB, one host")}: {handoffs} live handoffs ({citizens.Count(c => c.Channel == ChannelIds.Telegram)} Telegram, {citizens.Count(c => c.Channel != ChannelIds.Telegram)} web chat), {volunteers.Count} volunteers; {seconds} s, each citizen and each volunteer writes once a second");
var toTelegram = new ConcurrentBag<double>();
var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
var loops = citizens.Select(async (c, index) =>
{
    var key = ConversationKey.Of(c.Channel, c.Chat);
    var ticket = tickets[key];
    await Task.Delay(index * 1000 / handoffs);
    for (var round = 0; Stopwatch.GetTimestamp() < until; round++)
    {
        var tick = Task.Delay(1000);
        var text = $"messaggio {c.Chat}-{round}";
        var turnRung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (c.Channel != ChannelIds.Telegram)
        {
            citizenRing[key] = turnRung;
        }

        sentAt[text] = Stopwatch.GetTimestamp();
        await Say(c, text);
        if (c.Channel != ChannelIds.Telegram)
        {
            await Task.WhenAny(turnRung.Task, Task.Delay(5000));
        }

        var start = Stopwatch.GetTimestamp();
        if (c.Channel != ChannelIds.Telegram)
        {
            ringAt[key] = start;
        }

        await commands.SendAsync(holder[ticket.Id], ticket.Id, $"risposta {round}", default);
        if (c.Channel == ChannelIds.Telegram)
        {
            toTelegram.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        await tick;
    }
}).ToList();
await Task.WhenAll(loops);
await Task.Delay(500);

Report("citizen → volunteer (turn in → console event)", toVolunteer);
Report("volunteer → web chat (API call → stream rung)", toWebChat);
Report("volunteer → Telegram (API call → durable in outbox)", toTelegram);
Console.WriteLine($"lost citizen messages: {sentAt.Count}");
await StopHostAsync(hostA);
if (postgres)
{
    await StopHostAsync(hostB);
    await using var adminSource = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("CHATASSISTANT_TEST_POSTGRES")!);
    await using var drop = adminSource.CreateCommand($"DROP SCHEMA {schema} CASCADE");
    await drop.ExecuteNonQueryAsync();
}

Directory.Delete(folder, recursive: true);
return 0;

async Task<ServiceProvider> StartHostAsync(string name)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ChatAssistant:DialogsPath"] = ContentPaths.Resolve("dialogs"),
        ["ChatAssistant:KnowledgeBasePath"] = folder, // no handoff.yaml: the chat is open whatever the hour
        ["ChatAssistant:DataDirectory"] = Path.Combine(folder, name),
        ["ChatAssistant:Pipeline:OutboxChannels:0"] = ChannelIds.Telegram,
        ["ChatAssistant:Pipeline:FloodMaxMessages"] = "1000",
        ["ChatAssistant:Handoff:VolunteerCapacity"] = "50",
        ["ChatAssistant:Leases:HostName"] = "bench-" + name,
        ["ConnectionStrings:ChatAssistant"] = connectionString,
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton<IConfiguration>(configuration);
    if (postgres)
    {
        services.AddPostgreSqlStorage();
    }
    else
    {
        services.AddLiteDbStorage();
    }

    services.AddSingleton<ITenantDirectory>(new BenchTenants());
    services.AddSingleton<ILanguageDetector>(new NoDetector());
    services.AddSingleton<IRecognizer>(new NoRecognizer());
    services.AddSingleton<IKnowledgeAnswers>(new NoKnowledge());
    services.AddTurnPipeline();
    services.AddDialogs();
    services.AddBot();
    services.AddHandoff();
    var built = services.BuildServiceProvider();
    // What a host starts: the schema migration and LISTEN connection (PostgreSQL), the forwarder, the queue monitor.
    foreach (var hosted in built.GetServices<IHostedService>())
    {
        await hosted.StartAsync(default);
    }

    if (postgres)
    {
        await WaitUntilListeningAsync(built);
    }

    return built;
}

static async Task StopHostAsync(ServiceProvider host)
{
    foreach (var hosted in host.GetServices<IHostedService>().Reverse())
    {
        await hosted.StopAsync(default);
    }

    await host.DisposeAsync();
}

// The LISTEN connection opens in the background: a host is ready once it hears its own signal.
static async Task WaitUntilListeningAsync(IServiceProvider host)
{
    var signals = host.GetRequiredService<IHostSignals>();
    var heard = new TaskCompletionSource();
    using var ping = signals.Subscribe("bench-ping", _ => heard.TrySetResult());
    while (!heard.Task.IsCompleted)
    {
        await signals.PublishAsync("bench-ping", "");
        await Task.WhenAny(heard.Task, Task.Delay(100));
    }
}

static void Report(string what, IEnumerable<double> samples)
{
    var sorted = samples.Order().ToArray();
    double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: n={sorted.Length} p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, p99 {At(0.99):0.0} ms, max {At(1):0.0} ms"));
}

int Argument(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

internal sealed class BenchTenants : ITenantDirectory
{
    public IReadOnlyList<Tenant> All { get; } = [new Tenant { Id = "milano", Name = "Comune di Milano" }];

    public Tenant? Find(string tenantId) => All.FirstOrDefault(t => t.Id == tenantId);
}

internal sealed class NoDetector : ILanguageDetector
{
    public string? Detect(string text) => null;
}

internal sealed class NoRecognizer : IRecognizer
{
    public Recognition Recognize(string text, string? tenantId, string? language) => new(Recognition.None, 0, "it", []);
}

internal sealed class NoKnowledge : IKnowledgeAnswers
{
    public KnowledgeAnswer? Find(string topicId, string tenantId, string language) => null;
}
