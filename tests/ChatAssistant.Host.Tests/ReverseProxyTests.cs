using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>The host behind a proxy on the same machine (nginx terminating HTTPS, say): the tests' requests come from the loopback, as a local proxy's would.</summary>
public class ReverseProxyTests
{
    [Fact]
    public async Task TokenRequests_ThroughAProxy_AreLimitedPerCitizenAddressNotForEveryoneBehindTheProxy()
    {
        await using var host = await HostProcess.StartAsync(environment: new Dictionary<string, string> { ["DirectLine__TokenRequestsPerMinute"] = "2" });

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add(await RequestTokenAsync(host, forwardedFor: "203.0.113.7"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, await RequestTokenAsync(host, forwardedFor: "203.0.113.8"));
    }

    [Fact]
    public async Task StartConversation_BehindAnHttpsProxy_StreamUrlIsSecureWebSocket()
    {
        await using var host = await HostProcess.StartAsync();
        using var tokenResponse = await host.Client.PostAsJsonAsync(new Uri("api/webchat/token", UriKind.Relative), new { tenant = "milano" });
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();

        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/directline/conversations", UriKind.Relative));
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        start.Headers.Add("X-Forwarded-Proto", "https");
        using var started = await host.Client.SendAsync(start);
        var streamUrl = (await started.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!.GetValue<string>();

        Assert.StartsWith("wss://", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TrustedProxyThatIsNotAnAddress_RefusesNamingTheSetting()
    {
        await using var host = await HostProcess.StartAsync(
            environment: new Dictionary<string, string> { ["ReverseProxy__TrustedProxies__0"] = "nginx.local" },
            waitUntilReady: false);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ReverseProxy:TrustedProxies", host.Log, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> RequestTokenAsync(HostProcess host, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/webchat/token", UriKind.Relative))
        {
            Content = JsonContent.Create(new { tenant = "milano" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode;
    }
}
