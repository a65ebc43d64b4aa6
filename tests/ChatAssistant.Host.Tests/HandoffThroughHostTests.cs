using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>
/// Handoff through the real host process: a web chat citizen and a Telegram citizen ask for a person, a volunteer signs
/// in (POST /api/auth/login), claims both over the API, they write to each other, and closing brings the survey.
/// </summary>
public sealed class HandoffThroughHostTests : IAsyncLifetime
{
    private const string Volunteer = "volontario@milano.example";
    private const string TelegramToken = "123456:HANDOFF-TEST";
    private const string WebhookSecret = "segreto-del-webhook";
    private const long TelegramChat = 5551234;

    private readonly string _knowledgeBase = Path.Combine(Path.GetTempPath(), "chatassistant-kb-" + Guid.NewGuid().ToString("N"));
    private FakeTelegramApi _telegram = null!;
    private HostProcess _host = null!;
    private int _updateId;

    public async Task InitializeAsync()
    {
        // The real knowledge base, with the chat open at any hour: the test must not depend on the day it runs.
        HostFolders.Copy(Path.Combine(HostProcess.RepositoryRoot(), "knowledge-base"), _knowledgeBase);
        File.Delete(Path.Combine(_knowledgeBase, "comuni", "milano", "handoff.yaml"));
        _telegram = await FakeTelegramApi.StartAsync();
        _host = await HostProcess.StartAsync(environment: new Dictionary<string, string>
        {
            ["ChatAssistant__KnowledgeBasePath"] = _knowledgeBase,
            ["Telegram__Bots__0__Tenant"] = "milano",
            ["Telegram__Bots__0__Token"] = TelegramToken,
            ["Telegram__Bots__0__ApiBaseUrl"] = _telegram.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram__Bots__0__Mode"] = "Webhook",
            ["Telegram__Bots__0__WebhookSecret"] = WebhookSecret,
            ["Telegram__Bots__0__PublicBaseUrl"] = "https://assistente.example.it",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _telegram.DisposeAsync();
        Directory.Delete(_knowledgeBase, recursive: true);
    }

    [Fact]
    public async Task WebChatAndTelegramCitizens_Escalate_AVolunteerClaimsBoth_MessagesGoBothWays_CloseBringsTheSurvey()
    {
        var token = await StaffSignIn.TokenAsync(_host, Volunteer);
        using var events = new HandoffEventStream(_host.BaseAddress, token);
        await events.StartAsync();

        var web = new DirectLineClient(_host.Client);
        await web.StartAsync();
        Assert.Contains("Sei il numero 1 in coda", DirectLineClient.Texts(await web.SendAsync("operatore")), StringComparison.Ordinal);
        await SendTelegramAsync("operatore");
        await _telegram.WaitForAsync(TelegramChat, "Sei il numero 2 in coda");

        var queue = await Api(token, HttpMethod.Get, "api/handoff/queue");
        var tickets = queue.AsArray().Select(t => (Id: t!["id"]!.GetValue<string>(), Channel: t["channel"]!.GetValue<string>())).ToList();
        Assert.Equal(2, tickets.Count);
        var webTicket = tickets.Single(t => t.Channel != "telegram").Id;
        var telegramTicket = tickets.Single(t => t.Channel == "telegram").Id;

        await Api(token, HttpMethod.Post, $"api/handoff/{webTicket}/claim");
        await Api(token, HttpMethod.Post, $"api/handoff/{telegramTicket}/claim");
        Assert.Contains("un volontario. Puoi scrivere qui.", DirectLineClient.Texts(await web.ReadBotMessagesAsync()), StringComparison.Ordinal);
        await _telegram.WaitForAsync(TelegramChat, "un volontario. Puoi scrivere qui.");

        // Volunteer → citizen, on each channel, within a second. Telegram allows one message a second per chat, so the
        // volunteer's reply comes a second after the claim notice, as it would from someone typing.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var sent = Stopwatch.StartNew();
        await Api(token, HttpMethod.Post, $"api/handoff/{telegramTicket}/messages", new { text = "Buongiorno Giuseppe, come posso aiutarti?" });
        await _telegram.WaitForAsync(TelegramChat, "Buongiorno Giuseppe", TimeSpan.FromSeconds(1));
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1), $"Telegram took {sent.Elapsed}");
        sent.Restart();
        await Api(token, HttpMethod.Post, $"api/handoff/{webTicket}/messages", new { text = "Buongiorno, sono qui." });
        Assert.Contains("Buongiorno, sono qui.", DirectLineClient.Texts(await web.ReadBotMessagesAsync()), StringComparison.Ordinal);
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1), $"Web chat took {sent.Elapsed}");

        // Citizen → volunteer: the bot stays silent, the console's event stream carries the text.
        await SendTelegramAsync("Non riesco a entrare nel fascicolo sanitario");
        await events.WaitForAsync(telegramTicket, "Non riesco a entrare nel fascicolo sanitario", TimeSpan.FromSeconds(1));
        using (var posted = await web.PostAsync("Devo cambiare la residenza"))
        {
            posted.EnsureSuccessStatusCode();
        }
        await events.WaitForAsync(webTicket, "Devo cambiare la residenza", TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(_telegram.SentTo(TelegramChat), m => m.Text.Contains("fascicolo", StringComparison.OrdinalIgnoreCase));

        await Api(token, HttpMethod.Post, $"api/handoff/{webTicket}/close", new { outcome = "resolved", note = "residenza spiegata" });
        await Api(token, HttpMethod.Post, $"api/handoff/{telegramTicket}/close", new { outcome = "appointment" });
        Assert.Contains("Ti abbiamo aiutato?", DirectLineClient.Texts(await web.ReadBotMessagesAsync()), StringComparison.Ordinal);
        await _telegram.WaitForAsync(TelegramChat, "Ti abbiamo aiutato?");
        Assert.Contains("Grazie!", DirectLineClient.Texts(await web.SendAsync("5")), StringComparison.Ordinal);
        Assert.Empty((await Api(token, HttpMethod.Get, "api/handoff/queue")).AsArray());
    }

    private async Task<JsonNode> Api(string token, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)).WithBearer(token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task SendTelegramAsync(string text)
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
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
        using var response = await _host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
