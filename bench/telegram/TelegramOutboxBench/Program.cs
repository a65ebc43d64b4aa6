// The outbox drain benchmark's host: fills the durable outbox (LiteDB) with N messages to M chats, once (ids are
// the idempotency keys, so a restart after a kill enqueues nothing new), then runs the real Telegram sender until
// nothing is pending. The driver (../run.mjs) kills it half-way and starts it again.
//   dotnet TelegramOutboxBench.dll --emulator http://127.0.0.1:PORT --data DIR --token 123:abc [--messages 3000] [--chats 1000]
using System.Globalization;
using ChatAssistant.Channels.Telegram;
using ChatAssistant.Channels.Tests.Telegram.Harness;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var options = Args.Parse(args);
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ChatAssistant:DataDirectory"] = options.Data,
    ["Telegram:Bots:0:Tenant"] = "bench",
    ["Telegram:Bots:0:Token"] = options.Token,
    ["Telegram:Bots:0:ApiBaseUrl"] = options.Emulator,
    ["Telegram:Sending:LeaseSeconds"] = options.LeaseSeconds.ToString(CultureInfo.InvariantCulture),
});
builder.Services.AddSingleton<ITenantDirectory, BenchTenants>();
builder.Services.AddSingleton<ITurnHandler, Silent>();
builder.Services.AddSingleton<IBotTexts, Silent>();
builder.Services.AddSingleton<ILanguageDetector, Silent>();
builder.Services.AddTurnPipeline();
builder.Services.AddLiteDbStorage();
builder.Services.AddTelegram(http => http.AddHttpMessageHandler(() => new EmulatorBridgeHandler()));

using var host = builder.Build();
var outbox = host.Services.GetRequiredService<IOutboxStore>();
var clock = TimeProvider.System;
var now = clock.GetUtcNow();

// Round-robin over chats, as an announcement goes out; one batch, so it is one commit.
var messages = Enumerable.Range(0, options.Messages).Select(i =>
{
    var chat = (100_000 + (i % options.Chats)).ToString(CultureInfo.InvariantCulture);
    var text = $"Avviso {i + 1} del quartiere [k:{i}]";
    var activity = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain", Conversation = new ConversationAccount { Id = chat } };
    return new OutboxMessage
    {
        Id = $"bench:{i}", BotId = "bench", ChannelId = ChannelIds.Telegram, ChatId = chat, Priority = OutboxPriority.Announcement,
        ActivityJson = ActivityJson.Serialize(activity), CreatedAt = now, NotBefore = now,
    };
}).ToList();
await outbox.EnqueueAsync(messages);

await host.StartAsync();
while (true)
{
    var counts = await outbox.CountAsync("bench");
    Console.WriteLine($"pending={counts.Pending} sending={counts.Sending} sent={counts.Sent} failed={counts.Failed}");
    if (counts.Pending + counts.Sending == 0)
    {
        break;
    }

    await Task.Delay(TimeSpan.FromSeconds(1), clock);
}

await host.StopAsync();
Console.WriteLine("DRAINED");

internal sealed record Args(string Emulator, string Data, string Token, int Messages, int Chats, int LeaseSeconds)
{
    public static Args Parse(string[] args)
    {
        string Get(string name, string? fallback = null)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"--{name} is required.");
        }

        return new Args(Get("emulator"), Get("data"), Get("token"), int.Parse(Get("messages", "3000"), CultureInfo.InvariantCulture),
            int.Parse(Get("chats", "1000"), CultureInfo.InvariantCulture), int.Parse(Get("lease", "5"), CultureInfo.InvariantCulture));
    }
}

internal sealed class BenchTenants : ITenantDirectory
{
    public IReadOnlyList<Tenant> All { get; } = [new Tenant { Id = "bench", Name = "Bench" }];

    public Tenant? Find(string tenantId) => All.FirstOrDefault(t => t.Id == tenantId);
}

internal sealed class Silent : ITurnHandler, IBotTexts, ILanguageDetector
{
    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public string Get(string key, string language) => key;

    public bool Has(string key, string language) => false;

    public string? Detect(string text) => null;
}
