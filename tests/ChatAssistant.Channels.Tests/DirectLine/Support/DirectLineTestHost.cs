using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Channels.DirectLine;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Storage.LiteDb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Channels.Tests.DirectLine.Support;

/// <summary>
/// A real Kestrel host on 127.0.0.1 with AddDirectLine()/MapDirectLine(), the core pipeline, a small menu bot
/// and an in-memory store.
/// </summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "milano-site-secret-0123456789";

    private DirectLineTestHost(WebApplication app, Uri address, string dataDirectory)
    {
        App = app;
        Address = address;
        DataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
    }

    public WebApplication App { get; }
    public Uri Address { get; }
    public string DataDirectory { get; }
    public HttpClient Client { get; }
    public FakeTimeProvider Clock => (FakeTimeProvider)App.Services.GetRequiredService<TimeProvider>();

    /// <param name="liteDb">Use the real embedded store (AddLiteDbStorage) instead of the in-memory one.</param>
    public static async Task<DirectLineTestHost> StartAsync(Dictionary<string, string?>? settings = null, string? dataDirectory = null, bool liteDb = false)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("directline-test-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatAssistant:DataDirectory"] = dataDirectory,
            ["DirectLine:Secrets:milano"] = Secret,
            ["DirectLine:TokenRequestsPerMinute"] = "1000",
            ["ChatAssistant:Pipeline:FloodMaxMessages"] = "1000",
            ["DirectLine:ActivitiesPerMinutePerAddress"] = "1000",
            ["DirectLine:ActivitiesPerMinutePerConversation"] = "1000",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (liteDb)
        {
            builder.Services.AddLiteDbStorage();
            builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
        }
        else
        {
            var store = new InMemoryStore();
            builder.Services.AddSingleton(store);
            builder.Services.AddSingleton<IConversationStore>(store);
            builder.Services.AddSingleton<ICitizenStore>(store);
            builder.Services.AddSingleton<ISharedSecrets>(store);
            builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
        }

        builder.Services.AddSingleton<ITenantDirectory, TestTenants>();
        builder.Services.AddSingleton<IBotTexts, TestTexts>();
        builder.Services.AddSingleton<ILanguageDetector, NoLanguageDetector>();
        builder.Services.AddSingleton<ITurnHandler, MenuBot>();
        builder.Services.AddTurnPipeline();
        builder.Services.AddDirectLine();

        var app = builder.Build();
        app.MapDirectLine();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DirectLineTestHost(app, new Uri(address), dataDirectory);
    }

    /// <summary>Asks the page's token endpoint and starts the conversation like Web Chat does.</summary>
    public async Task<Conversation> StartConversationAsync(string tenant = "milano")
    {
        var issued = await (await Client.PostAsJsonAsync("/api/webchat/token", new { tenant })).Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;
        using var request = Request(HttpMethod.Post, "/v3/directline/conversations", token);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Conversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!,
            issued.GetProperty("userId").GetString()!);
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public async Task<HttpResponseMessage> PostActivityAsync(Conversation conversation, object activity, string? token = null)
    {
        using var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", token ?? conversation.Token, activity);
        return await Client.SendAsync(request);
    }

    public async Task<(List<JsonElement> Activities, string Watermark)> GetActivitiesAsync(Conversation conversation, string? watermark = null)
    {
        using var request = Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities" + (watermark is null ? "" : $"?watermark={watermark}"), conversation.Token);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("activities").EnumerateArray().ToList(), body.GetProperty("watermark").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    public sealed record Conversation(string Id, string Token, string StreamUrl, string SignedUserId);

    private sealed class TestTenants : ITenantDirectory
    {
        private readonly Tenant _milano = new() { Id = "milano", Name = "Comune di Milano", Website = "https://www.comune.milano.it" };

        public IReadOnlyList<Tenant> All => [_milano];

        public Tenant? Find(string tenantId) => tenantId == "milano" ? _milano : null;
    }

    private sealed class TestTexts : IBotTexts
    {
        public string Get(string key, string language) => key == "privacy.secret_warning" ? "Non scrivere codici segreti." : key;

        public bool Has(string key, string language) => true;
    }

    private sealed class NoLanguageDetector : ILanguageDetector
    {
        public string? Detect(string text) => null;
    }
}

/// <summary>A tiny bot: greets with a menu on conversationUpdate, answers "SPID", echoes anything else.</summary>
internal sealed class MenuBot : ITurnHandler
{
    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            context.SendText("Ciao! Sono l'assistente digitale. Come posso aiutarti?", [CardAction.ImBack("SPID"), CardAction.ImBack("CIE")]);
        }
        else if (activity.Text == "SPID")
        {
            context.SendText("Lo SPID è l'identità digitale per entrare nei servizi online.");
        }
        else if (activity.IsMessage)
        {
            context.SendText($"Hai scritto: {activity.Text}");
        }

        return Task.CompletedTask;
    }
}
