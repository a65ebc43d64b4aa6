using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Channels.Tests.Telegram.Harness;

/// <summary>
/// Test-only bridge over the known gaps of telegram-test-api 4.2.1 as seen by Telegram.Bot 22.10, so production
/// code never has to know about them:
/// sendMessage answers date in milliseconds (Telegram.Bot would throw although the message was stored);
/// answerCallbackQuery, setWebhook, deleteWebhook, editMessageText and deleteMessage answer result: null;
/// setMyCommands is not implemented (500). Everything else passes unchanged.
/// </summary>
public sealed class EmulatorBridgeHandler : DelegatingHandler
{
    private static readonly HashSet<string> NullResults = new(StringComparer.OrdinalIgnoreCase)
    {
        "answerCallbackQuery", "setWebhook", "deleteWebhook", "editMessageText", "deleteMessage",
    };

    private static readonly HashSet<string> NotImplemented = new(StringComparer.OrdinalIgnoreCase) { "setMyCommands" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1].Trim('/');
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

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
