using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using ChatAssistant.Channels.DirectLine.Authentication;
using ChatAssistant.Channels.DirectLine.Limits;
using ChatAssistant.Channels.Tests.DirectLine.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Channels.Tests.DirectLine;

/// <summary>Issue 18, point 8: tokens end, streams close with them, browsers of other sites are refused, secrets are never echoed.</summary>
public sealed class DirectLineSessionTests : IAsyncLifetime
{
    private DirectLineTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DirectLineTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RefreshToken_EveryFewMinutesForever_StopsAtTheSessionsAbsoluteEnd()
    {
        var conversation = await _host.StartConversationAsync();
        var token = conversation.Token;
        var refreshed = 0;
        HttpStatusCode last = HttpStatusCode.OK;
        for (var i = 0; i < 100 && last == HttpStatusCode.OK; i++)
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(20));
            using var response = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", token));
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
                refreshed++;
            }
        }

        // 24 hours of 20-minute steps: the 72nd step lands on the end itself.
        Assert.Equal(HttpStatusCode.Forbidden, last);
        Assert.InRange(refreshed, 70, 72);
    }

    [Fact]
    public async Task Stream_TokenExpires_TheServerClosesTheSocket()
    {
        var conversation = await _host.StartConversationAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(conversation.StreamUrl), CancellationToken.None);
        var buffer = new byte[64 * 1024];
        await socket.ReceiveAsync(buffer, CancellationToken.None);

        _host.Clock.Advance(TimeSpan.FromMinutes(31));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
        }
        while (result.MessageType != WebSocketMessageType.Close);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
    }

    [Fact]
    public async Task Cors_NoOriginConfigured_AnotherSitesBrowserIsNotAllowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/webchat/token");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await _host.Client.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Reconnect_WithTheSiteSecret_AnswersATokenNeverTheSecret()
    {
        var conversation = await _host.StartConversationAsync();

        using var response = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}", DirectLineTestHost.Secret));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DirectLineTestHost.Secret, body, StringComparison.Ordinal);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("token").GetString();
        using var usable = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", token));
        Assert.Equal(HttpStatusCode.OK, usable.StatusCode);
    }

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:eeee:dddd:cccc", true)]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]
    [InlineData("192.0.2.1", "192.0.2.2", false)]
    [InlineData("::ffff:192.0.2.1", "192.0.2.1", true)]
    public void ClientAddress_IPv6CountedBySlash64(string first, string second, bool same)
    {
        Assert.Equal(same, ClientAddress.KeyOf(IPAddress.Parse(first)) == ClientAddress.KeyOf(IPAddress.Parse(second)));
    }

    [Fact]
    public async Task WebChatToken_ChunkedBodyOfTwoMegabytes_Is413()
    {
        using var content = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024].Select(_ => (byte)' ').ToArray()));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public void EveryDirectLineRoute_RequiresTheDirectLinePolicy()
    {
        var routes = _host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v3/directline", StringComparison.Ordinal) == true).ToList();

        Assert.Equal(8, routes.Count);
        Assert.All(routes, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == DirectLineAuthentication.Policy));
    }
}
