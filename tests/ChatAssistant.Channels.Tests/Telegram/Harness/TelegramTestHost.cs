using ChatAssistant.Bot;
using ChatAssistant.Channels.Telegram;
using ChatAssistant.Dialogs;
using ChatAssistant.Knowledge;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Channels.Tests.Telegram.Harness;

/// <summary>
/// A real web host on a free port of 127.0.0.1 with the Telegram channel, the real turn pipeline, the test bot
/// and the in-memory store; its bots talk to the emulator through <see cref="EmulatorBridgeHandler"/>.
/// </summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TelegramTestHost(WebApplication app, InMemoryStore store)
    {
        _app = app;
        Store = store;
    }

    public InMemoryStore Store { get; }

    public IServiceProvider Services => _app.Services;

    public Uri BaseUrl { get; private set; } = null!;

    public static string NewToken() => $"{Random.Shared.NextInt64(100_000_000, 999_999_999)}:TEST-{Guid.NewGuid():N}";

    /// <param name="bots">Per bot: tenant, token, "Polling" or "Webhook", webhook secret, and whether to call setWebhook with this host's address.</param>
    public static Task<TelegramTestHost> StartAsync(Uri emulator, params (string Tenant, string Token, string Mode, string? Secret, bool SetWebhook)[] bots) =>
        StartCoreAsync(emulator, null, bots);

    /// <summary>The real store, knowledge base, dialogs and bot instead of the test doubles.</summary>
    public static Task<TelegramTestHost> StartRealAsync(Uri emulator, string dataDirectory, string token) =>
        StartCoreAsync(emulator, dataDirectory, [("milano", token, "Polling", null, false)]);

    private static async Task<TelegramTestHost> StartCoreAsync(Uri emulator, string? realDataDirectory, (string Tenant, string Token, string Mode, string? Secret, bool SetWebhook)[] bots)
    {
        var port = FreePort();
        var self = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(self);
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Polling:EmptyBatchDelayMilliseconds"] = "100",
            ["Telegram:Sending:IdlePollMilliseconds"] = "50",
            ["Telegram:Polling:BackoffBaseMilliseconds"] = "50",
            ["Telegram:Polling:MaxBackoffSeconds"] = "1",
        };
        for (var i = 0; i < bots.Length; i++)
        {
            settings[$"Telegram:Bots:{i}:Tenant"] = bots[i].Tenant;
            settings[$"Telegram:Bots:{i}:Token"] = bots[i].Token;
            settings[$"Telegram:Bots:{i}:ApiBaseUrl"] = emulator.ToString();
            settings[$"Telegram:Bots:{i}:Mode"] = bots[i].Mode;
            settings[$"Telegram:Bots:{i}:WebhookSecret"] = bots[i].Secret;
            settings[$"Telegram:Bots:{i}:PublicBaseUrl"] = bots[i].SetWebhook ? self : null;
        }

        var store = new InMemoryStore();
        if (realDataDirectory is null)
        {
            builder.Services.AddSingleton<ITenantDirectory, TestTenants>();
            builder.Services.AddSingleton<IBotTexts, TestTexts>();
            builder.Services.AddSingleton<ILanguageDetector, NoLanguageDetector>();
            builder.Services.AddSingleton<ITurnHandler, TestBot>();
            builder.Services.AddSingleton<IConversationStore>(store);
            builder.Services.AddSingleton<ICitizenStore>(store);
            builder.Services.AddSingleton<IOutboxStore>(store);
            builder.Services.AddSingleton<ILeaseStore>(store);
            builder.Services.AddSingleton<ISharedSecrets>(store);
        }
        else
        {
            // The host's own composition (src/ChatAssistant.Host/Program.cs) with a fresh data folder.
            settings["ChatAssistant:DataDirectory"] = realDataDirectory;
            builder.Services.AddLiteDbStorage();
            builder.Services.AddKnowledge();
            builder.Services.AddDialogs();
            builder.Services.AddBot();
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTurnPipeline();
        builder.Services.AddTelegram(http => http.AddHttpMessageHandler(() => new EmulatorBridgeHandler()));

        var app = builder.Build();
        app.MapTelegramWebhooks();
        var host = new TelegramTestHost(app, store);
        await app.StartAsync();
        host.BaseUrl = new Uri(self);
        return host;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
