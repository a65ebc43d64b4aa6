using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Host.Tests.Support;

/// <summary>A minimal Direct Line 3.0 client over plain HTTP polling, as a web page would use it.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    private string _token = "";
    private string _watermark = "";

    public string ConversationId { get; private set; } = "";

    public async Task StartAsync(string tenant = "milano")
    {
        using var tokenResponse = await http.PostAsJsonAsync(new Uri("api/webchat/token", UriKind.Relative), new { tenant });
        tokenResponse.EnsureSuccessStatusCode();
        var issued = await tokenResponse.Content.ReadFromJsonAsync<JsonObject>();
        _token = issued!["token"]!.GetValue<string>();
        using var start = Request(HttpMethod.Post, "v3/directline/conversations");
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var conversation = await started.Content.ReadFromJsonAsync<JsonObject>();
        ConversationId = conversation!["conversationId"]!.GetValue<string>();
        _token = conversation["token"]?.GetValue<string>() ?? _token;
    }

    /// <summary>Sends a message and returns the bot's texts that follow it (waits until at least one arrives).</summary>
    public async Task<IReadOnlyList<JsonObject>> SendAsync(string text)
    {
        await PostAsync(text);
        return await ReadBotMessagesAsync();
    }

    /// <summary>Sends a message without waiting for an answer (a volunteer holds the chat: the bot stays silent).</summary>
    public async Task PostAsync(string text)
    {
        using var post = Request(HttpMethod.Post, $"v3/directline/conversations/{ConversationId}/activities");
        post.Content = JsonContent.Create(new { type = "message", from = new { id = "ignored" }, text });
        using var posted = await http.SendAsync(post);
        posted.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<JsonObject>> ReadBotMessagesAsync()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var get = Request(HttpMethod.Get, $"v3/directline/conversations/{ConversationId}/activities?watermark={_watermark}");
            using var response = await http.SendAsync(get);
            response.EnsureSuccessStatusCode();
            var set = await response.Content.ReadFromJsonAsync<JsonObject>();
            _watermark = set!["watermark"]?.GetValue<string>() ?? _watermark;
            var fromBot = set["activities"]!.AsArray().Select(a => a!.AsObject())
                .Where(a => a["from"]?["role"]?.GetValue<string>() == "bot" && a["type"]?.GetValue<string>() == "message")
                .ToList();
            if (fromBot.Count > 0)
            {
                return fromBot;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The bot did not answer within 5 s.");
    }

    public static string Texts(IEnumerable<JsonObject> activities) =>
        string.Join("\n", activities.Select(a => a["text"]?.GetValue<string>() ?? ""));

    public static IReadOnlyList<string> Buttons(IEnumerable<JsonObject> activities) =>
        activities.LastOrDefault(a => a["suggestedActions"] is not null)?["suggestedActions"]!["actions"]!.AsArray()
            .Select(b => b!["title"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>The same conversation after a host restart: the token stays valid, the watermark is kept.</summary>
    public DirectLineClient Reconnect(HttpClient newHttp) =>
        new(newHttp) { _token = _token, _watermark = _watermark, ConversationId = ConversationId };

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }
}
