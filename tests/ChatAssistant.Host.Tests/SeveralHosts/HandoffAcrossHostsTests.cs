using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests.SeveralHosts;

/// <summary>
/// Issue 14 with two real host processes on one PostgreSQL schema: the citizen's web chat or Telegram webhook goes to
/// host A, the volunteer's API calls and console event stream to host B, as a load balancer might split them.
/// </summary>
public sealed class HandoffAcrossHostsTests : IAsyncLifetime
{
    private const string Volunteer = "volontario@milano.example";
    private const string Coordinator = "coordinatore@milano.example";
    private const string TelegramToken = "123456:HANDOFF-HOSTS";
    private const string WebhookSecret = "segreto-del-webhook";
    private const long TelegramChat = 5559876;

    private readonly string _knowledgeBase = Path.Combine(Path.GetTempPath(), "chatassistant-kb-" + Guid.NewGuid().ToString("N"));
    private PostgresSchema _database = null!;
    private HostProcess _a = null!;
    private HostProcess _b = null!;
    private FakeTelegramApi _telegram = null!;
    private int _updateId;

    public async Task InitializeAsync()
    {
        // The real knowledge base, with the chat open at any hour: the test must not depend on the day it runs.
        HostFolders.Copy(Path.Combine(HostProcess.RepositoryRoot(), "knowledge-base"), _knowledgeBase);
        File.Delete(Path.Combine(_knowledgeBase, "comuni", "milano", "handoff.yaml"));
        _database = await PostgresSchema.CreateAsync();
        _telegram = await FakeTelegramApi.StartAsync();
        // A first, so the demo accounts (and their one-time passwords, in A's log) are created once, there.
        _a = await HostProcess.StartAsync(environment: Environment("host-a"));
        _b = await HostProcess.StartAsync(environment: Environment("host-b"));
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
        await _telegram.DisposeAsync();
        Directory.Delete(_knowledgeBase, recursive: true);
    }

    [Fact]
    public async Task CitizenOnHostA_VolunteerOnHostB_ClaimMessagesBothWaysWithinASecond_CloseBringsTheSurvey()
    {
        var token = await StaffSignIn.TokenAsync(_a, Volunteer);
        using var consoleOnB = new HandoffEventStream(_b.BaseAddress, token);
        await consoleOnB.StartAsync();
        using var consoleOnA = new HandoffEventStream(_a.BaseAddress, token);
        await consoleOnA.StartAsync();

        var citizen = new DirectLineClient(_a.Client);
        await citizen.StartAsync();
        Assert.Contains("Sei il numero 1 in coda", DirectLineClient.Texts(await citizen.SendAsync("operatore")), StringComparison.Ordinal);
        var ticket = Assert.Single((await Api(_b, token, HttpMethod.Get, "api/handoff/queue")).AsArray())!["id"]!.GetValue<string>();
        // The ticket opened on host A reached the console on host B as an event, not only through the queue.
        await consoleOnB.WaitForEventAsync("queued", ticket, TimeSpan.FromSeconds(1));

        await Api(_b, token, HttpMethod.Post, $"api/handoff/{ticket}/claim");
        Assert.Contains("un volontario. Puoi scrivere qui.", DirectLineClient.Texts(await citizen.ReadBotMessagesAsync()), StringComparison.Ordinal);
        await consoleOnA.WaitForEventAsync("claimed", ticket, TimeSpan.FromSeconds(1));

        var sent = Stopwatch.StartNew();
        await Api(_b, token, HttpMethod.Post, $"api/handoff/{ticket}/messages", new { text = "Buongiorno, sono Vale. Come posso aiutarti?" });
        Assert.Contains("Come posso aiutarti?", DirectLineClient.Texts(await citizen.ReadBotMessagesAsync()), StringComparison.Ordinal);
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1), $"volunteer on B → citizen on A took {sent.Elapsed}");

        using (var posted = await citizen.PostAsync("Devo cambiare la residenza"))
        {
            posted.EnsureSuccessStatusCode();
        }

        await consoleOnB.WaitForAsync(ticket, "Devo cambiare la residenza", TimeSpan.FromSeconds(1));

        await Api(_b, token, HttpMethod.Post, $"api/handoff/{ticket}/close", new { outcome = "resolved" });
        await consoleOnA.WaitForEventAsync("closed", ticket, TimeSpan.FromSeconds(1));
        // What the citizen hears next is the survey: the bot kept silent about the residence while the volunteer held the chat.
        var afterClose = DirectLineClient.Texts(await citizen.ReadBotMessagesAsync());
        Assert.Contains("Ti abbiamo aiutato?", afterClose, StringComparison.Ordinal);
        Assert.DoesNotContain("residenza", afterClose, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Grazie!", DirectLineClient.Texts(await citizen.SendAsync("5")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TelegramCitizenOnHostA_VolunteerOnHostB_MessagesBothWaysWithinASecond_CloseBringsTheSurvey()
    {
        var token = await StaffSignIn.TokenAsync(_a, Volunteer);
        using var consoleOnB = new HandoffEventStream(_b.BaseAddress, token);
        await consoleOnB.StartAsync();

        await SendTelegramAsync(_a, "operatore");
        await _telegram.WaitForAsync(TelegramChat, "Sei il numero 1 in coda");
        var ticket = Assert.Single((await Api(_b, token, HttpMethod.Get, "api/handoff/queue")).AsArray())!["id"]!.GetValue<string>();
        await Api(_b, token, HttpMethod.Post, $"api/handoff/{ticket}/claim");
        await _telegram.WaitForAsync(TelegramChat, "un volontario. Puoi scrivere qui.");

        // Telegram allows one message a second per chat: the reply comes a second after the claim notice.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var sent = Stopwatch.StartNew();
        await Api(_b, token, HttpMethod.Post, $"api/handoff/{ticket}/messages", new { text = "Buongiorno Giuseppe, come posso aiutarti?" });
        await _telegram.WaitForAsync(TelegramChat, "Buongiorno Giuseppe", TimeSpan.FromSeconds(1));
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1), $"volunteer on B → Telegram took {sent.Elapsed}");
        await SendTelegramAsync(_a, "Non riesco a entrare nel fascicolo sanitario");
        await consoleOnB.WaitForAsync(ticket, "Non riesco a entrare nel fascicolo sanitario", TimeSpan.FromSeconds(1));

        await Api(_b, token, HttpMethod.Post, $"api/handoff/{ticket}/close", new { outcome = "resolved" });
        await _telegram.WaitForAsync(TelegramChat, "Ti abbiamo aiutato?");
        Assert.DoesNotContain(_telegram.SentTo(TelegramChat), m => m.Text.Contains("fascicolo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TwentyClaimsOfOneTicket_SplitBetweenTwoHostsAndTwoStaff_ExactlyOneSucceeds()
    {
        var volunteer = await StaffSignIn.TokenAsync(_a, Volunteer);
        var coordinator = await StaffSignIn.TokenAsync(_a, Coordinator);
        var citizen = new DirectLineClient(_b.Client);
        await citizen.StartAsync();
        await citizen.SendAsync("operatore");
        var ticket = Assert.Single((await Api(_a, volunteer, HttpMethod.Get, "api/handoff/queue")).AsArray())!["id"]!.GetValue<string>();

        var claims = Enumerable.Range(0, 20).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/handoff/{ticket}/claim", UriKind.Relative))
                .WithBearer(i % 4 < 2 ? volunteer : coordinator);
            using var response = await (i % 2 == 0 ? _a : _b).Client.SendAsync(request);
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(claims);

        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
    }

    private Dictionary<string, string> Environment(string hostName)
    {
        var environment = _database.HostEnvironment(hostName);
        environment["ChatAssistant__KnowledgeBasePath"] = _knowledgeBase;
        // One Telegram bot for both hosts: its webhook may reach either, its outbox is drained by the lease's holder.
        environment["Telegram__Bots__0__Tenant"] = "milano";
        environment["Telegram__Bots__0__Token"] = TelegramToken;
        environment["Telegram__Bots__0__ApiBaseUrl"] = _telegram.BaseUrl.ToString().TrimEnd('/');
        environment["Telegram__Bots__0__Mode"] = "Webhook";
        environment["Telegram__Bots__0__WebhookSecret"] = WebhookSecret;
        environment["Telegram__Bots__0__PublicBaseUrl"] = "https://assistente.example.it";
        return environment;
    }

    private async Task SendTelegramAsync(HostProcess host, string text)
    {
        var id = Interlocked.Increment(ref _updateId);
        var update = new JsonObject
        {
            ["update_id"] = id,
            ["message"] = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = 1_780_000_000 + id,
                ["chat"] = new JsonObject { ["id"] = TelegramChat, ["type"] = "private", ["first_name"] = "Giuseppe" },
                ["from"] = new JsonObject { ["id"] = TelegramChat, ["is_bot"] = false, ["first_name"] = "Giuseppe", ["language_code"] = "it" },
                ["text"] = text,
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("telegram/milano/webhook", UriKind.Relative))
        {
            Content = new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
        using var response = await host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static Task<JsonNode> Api(HostProcess host, string token, HttpMethod method, string path, object? body = null) =>
        StaffApi.CallAsync(host, token, method, path, body);
}
