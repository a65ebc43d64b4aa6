using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Host.Tests.Support;

/// <summary>
/// Just enough of Telegram's Bot API for the host's webhook mode: getMe, setWebhook, and sendMessage, whose texts it
/// keeps per chat with the time they arrived, so a test can see what a Telegram citizen received and when.
/// </summary>
public sealed class FakeTelegramApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(long ChatId, string Text, DateTime ReceivedAt)> _sent = new();
    private int _messageId;

    private FakeTelegramApi(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<FakeTelegramApi> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var api = new FakeTelegramApi(app, new Uri($"http://127.0.0.1:{port}"));
        app.MapPost("/bot{token}/{method}", api.HandleAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>The texts sent to <paramref name="chatId"/> so far, with when they arrived (UTC).</summary>
    public IReadOnlyList<(string Text, DateTime ReceivedAt)> SentTo(long chatId) =>
        _sent.Where(m => m.ChatId == chatId).Select(m => (m.Text, m.ReceivedAt)).ToList();

    /// <summary>Waits until a text containing <paramref name="contains"/> reached <paramref name="chatId"/>.</summary>
    public async Task<(string Text, DateTime ReceivedAt)> WaitForAsync(long chatId, string contains, TimeSpan? within = null)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + (within ?? TimeSpan.FromSeconds(10));
        while (TimeProvider.System.GetUtcNow().UtcDateTime < deadline)
        {
            var found = SentTo(chatId).FirstOrDefault(m => m.Text.Contains(contains, StringComparison.Ordinal));
            if (found.Text is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Chat {chatId} got no message containing \"{contains}\". It got:\n{string.Join("\n", SentTo(chatId).Select(m => m.Text))}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        var body = request.HasJsonContentType() ? await request.ReadFromJsonAsync<JsonObject>() ?? [] : [];
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                body[key] = value.ToString();
            }
        }

        JsonNode result = method.ToUpperInvariant() switch
        {
            "GETME" => new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "Comune", ["username"] = "comune_test_bot" },
            "SENDMESSAGE" => Sent(body),
            _ => JsonValue.Create(true),
        };
        return Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private JsonObject Sent(JsonObject body)
    {
        var chatId = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var text = body["text"]?.ToString() ?? "";
        _sent.Enqueue((chatId, text, TimeProvider.System.GetUtcNow().UtcDateTime));
        return new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["date"] = DateTimeOffset.FromUnixTimeSeconds(1_780_000_000).ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["text"] = text,
        };
    }
}
