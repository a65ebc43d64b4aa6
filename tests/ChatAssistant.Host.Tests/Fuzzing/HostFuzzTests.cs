using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatAssistant.Host.Tests.Support;
using CsCheck;

namespace ChatAssistant.Host.Tests.Fuzzing;

/// <summary>
/// Issue 18, point 11: random and malformed Direct Line activities, Telegram updates and token requests sent to the
/// running host. Never a 5xx, the host stays up, and a refused activity stores nothing. Cases per kind:
/// CHATASSISTANT_FUZZ_CASES (default 100, so 300 in the suite).
/// </summary>
public sealed class HostFuzzTests
{
    private const string WebhookSecret = "fuzz-secret_0123456789";

    private static long Cases => long.TryParse(Environment.GetEnvironmentVariable("CHATASSISTANT_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100;

    [Fact]
    public async Task HostileInput_NeverA5xx_HostStaysUp_RefusedActivitiesStoreNothing()
    {
        await using var host = await HostProcess.StartAsync(environment: new Dictionary<string, string>
        {
            ["DirectLine__ActivitiesPerMinutePerAddress"] = "1000000",
            ["DirectLine__ActivitiesPerMinutePerConversation"] = "1000000",
            ["DirectLine__TokenRequestsPerMinute"] = "1000000",
            ["ChatAssistant__Pipeline__FloodMaxMessages"] = "1000000",
            ["Telegram__Bots__0__Tenant"] = "milano",
            ["Telegram__Bots__0__Token"] = "123456789:fuzz-token",
            ["Telegram__Bots__0__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Telegram__Bots__0__Mode"] = "Webhook",
            ["Telegram__Bots__0__WebhookSecret"] = WebhookSecret,
        });
        var chat = new DirectLineClient(host.Client);
        await chat.StartAsync();
        var token = chat.Token;
        var watermark = await WatermarkAsync(host.Client, chat.ConversationId, token, "0");

        await HostileInput.Activity.SampleAsync(async body =>
        {
            using var response = await PostAsync(host.Client, $"v3/directline/conversations/{chat.ConversationId}/activities", body, token);
            if ((int)response.StatusCode >= 500)
            {
                // The host logs the exception just after answering.
                await Task.Delay(500);
            }

            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {Short(body)}; host log: {Tail(host.Log)}");
            var after = await WatermarkAsync(host.Client, chat.ConversationId, token, watermark);
            if (!response.IsSuccessStatusCode)
            {
                Assert.True(after == watermark, $"refused ({(int)response.StatusCode}) yet stored: {Short(body)}");
            }

            watermark = after;
        }, iter: Cases, threads: 1, print: Short);

        await HostileInput.TelegramUpdate.SampleAsync(async body =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "telegram/milano/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
            using var response = await host.Client.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {Short(body)}; host log: {Tail(host.Log)}");
        }, iter: Cases, threads: 1, print: Short);

        await HostileInput.TokenRequest.SampleAsync(async body =>
        {
            using var response = await PostAsync(host.Client, "api/webchat/token", body, bearer: null);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {Short(body)}; host log: {Tail(host.Log)}");
        }, iter: Cases, threads: 1, print: Short);

        using var live = await host.Client.GetAsync(new Uri("health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False(host.HasExited);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> WatermarkAsync(HttpClient client, string conversationId, string token, string after)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"v3/directline/conversations/{conversationId}/activities?watermark={after}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("watermark").GetString() ?? after;
    }

    /// <summary>The host's error lines (with their exception), which say why a 5xx happened.</summary>
    private static string Tail(string log)
    {
        var failure = log.LastIndexOf("fail:", StringComparison.Ordinal);
        var from = failure >= 0 ? failure : Math.Max(0, log.Length - 3000);
        return log[from..Math.Min(log.Length, from + 4000)];
    }

    private static string Short(string body) => body.Length <= 300 ? body : body[..300] + $"... ({body.Length} characters)";
}
