using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Channels.Tests.Telegram.Harness;

/// <summary>
/// Test-only bridge over the known gaps of telegram-test-api 4.2.1 as seen by Telegram.Bot 22.10, so production
/// code never has to know about them:
/// sendMessage answers date in milliseconds (Telegram.Bot would throw although the message was stored);
/// answerCallbackQuery, setWebhook, deleteWebhook, editMessageText and deleteMessage answer result: null;
/// setMyCommands is not implemented (500); getUpdates forgets an update once returned, whatever the offset, where
/// Telegram returns it again until a later offset confirms it (kept here per bot, so a batch that failed comes again).
/// Everything else passes unchanged.
/// </summary>
public sealed class EmulatorBridgeHandler : DelegatingHandler
{
    private static readonly HashSet<string> NullResults = new(StringComparer.OrdinalIgnoreCase)
    {
        "answerCallbackQuery", "setWebhook", "deleteWebhook", "editMessageText", "deleteMessage",
    };

    private static readonly HashSet<string> NotImplemented = new(StringComparer.OrdinalIgnoreCase) { "setMyCommands" };

    /// <summary>The secret_token each bot (by token) last registered with setWebhook, for tests of the webhook's secret.</summary>
    public static ConcurrentDictionary<string, string?> RegisteredWebhookSecrets { get; } = new(StringComparer.Ordinal);

    // Per bot token: updates returned by getUpdates and not yet confirmed by a later offset.
    private static readonly ConcurrentDictionary<string, List<JsonNode>> Unconfirmed = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1].Trim('/');
        if (method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            return await GetUpdatesAsync(request, cancellationToken);
        }
        if (method.Equals("setWebhook", StringComparison.OrdinalIgnoreCase) && request.Content is not null)
        {
            var sent = await request.Content.ReadAsStringAsync(cancellationToken);
            var token = request.RequestUri.Segments[^2].Trim('/')["bot".Length..];
            RegisteredWebhookSecrets[token] = JsonNode.Parse(sent)?["secret_token"]?.GetValue<string>();
        }

        if (NotImplemented.Contains(method))
        {
            return Json("""{"ok":true,"result":true}""");
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (JsonNode.Parse(body) is not JsonObject json)
        {
            return response;
        }

        if (NullResults.Contains(method) && json["result"] is null)
        {
            json["result"] = true;
        }
        else if (method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && json["result"] is JsonObject message
            && message["date"] is JsonValue date && date.GetValue<long>() > 100_000_000_000)
        {
            message["date"] = date.GetValue<long>() / 1000;
        }

        var fixedResponse = Json(json.ToJsonString());
        fixedResponse.StatusCode = response.StatusCode;
        response.Dispose();
        return fixedResponse;
    }

    private async Task<HttpResponseMessage> GetUpdatesAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = request.RequestUri!.Segments[^2].Trim('/')["bot".Length..];
        var asked = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
        var offset = asked?["offset"]?.GetValue<long>() ?? 0;
        var pending = Unconfirmed.GetOrAdd(token, _ => []);
        JsonArray again;
        lock (pending)
        {
            pending.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
            again = new JsonArray([.. pending.Select(u => u.DeepClone())]);
        }

        if (again.Count > 0)
        {
            // Telegram answers at once when updates wait, whatever the long-poll timeout.
            return Json(new JsonObject { ["ok"] = true, ["result"] = again }.ToJsonString());
        }

        var response = await base.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode && JsonNode.Parse(body)?["result"] is JsonArray fresh)
        {
            lock (pending)
            {
                pending.AddRange(fresh.Select(u => u!.DeepClone()));
            }
        }

        var copy = Json(body);
        copy.StatusCode = response.StatusCode;
        response.Dispose();
        return copy;
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
