using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Channels.Tests.DirectLine.Support;

namespace ChatAssistant.Channels.Tests.DirectLine;

public sealed class DirectLineEndpointTests : IAsyncLifetime
{
    private DirectLineTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DirectLineTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Message(string text, string clientId = "c1") => new
    {
        type = "message",
        text,
        from = new { id = "someone-else", name = "Mallory" },
        channelData = new { clientActivityID = clientId, extra = 42 },
    };

    [Fact]
    public async Task StartConversation_WithPageToken_ReusesItsConversationAndTheBotGreetsOnce()
    {
        var issued = await (await _host.Client.PostAsJsonAsync("/api/webchat/token", new { tenant = "milano" })).Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString();

        using var first = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/conversations", token));
        using var again = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/conversations", token));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(issued.GetProperty("conversationId").GetString(), body.GetProperty("conversationId").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
        Assert.StartsWith("ws://127.0.0.1:", body.GetProperty("streamUrl").GetString());

        var conversation = new DirectLineTestHost.Conversation(body.GetProperty("conversationId").GetString()!, token!, "", "");
        var (activities, watermark) = await _host.GetActivitiesAsync(conversation);
        var greetings = activities.Where(a => a.GetProperty("type").GetString() == "message").ToList();
        Assert.Single(greetings);
        Assert.Contains("assistente digitale", greetings[0].GetProperty("text").GetString());
        Assert.Equal("SPID", greetings[0].GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("title").GetString());
        Assert.Equal("milano", greetings[0].GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.Equal(activities.Count.ToString(), watermark);
    }

    [Fact]
    public async Task StartConversation_WithSiteSecret_ReturnsATokenForANewConversation()
    {
        using var response = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(DirectLineTestHost.Secret, body.GetProperty("token").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("undefined", HttpStatusCode.Unauthorized)]
    [InlineData("not-a-token", HttpStatusCode.Forbidden)]
    public async Task StartConversation_WithoutValidCredentials_IsRefusedWithAReason(string? bearer, HttpStatusCode expected)
    {
        using var response = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/conversations", bearer));

        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task GenerateToken_NeedsTheSiteSecret()
    {
        using var withSecret = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret));
        var generated = await withSecret.Content.ReadFromJsonAsync<JsonElement>();
        using var withToken = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/tokens/generate", generated.GetProperty("token").GetString()));

        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        Assert.Equal(1800, generated.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
    }

    [Fact]
    public async Task RefreshToken_BeforeExpiry_KeepsTheConversationUsableAfterTheOldTokenExpired()
    {
        var conversation = await _host.StartConversationAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token));
        var refreshed = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        _host.Clock.Advance(TimeSpan.FromMinutes(20));

        using var withOld = await _host.PostActivityAsync(conversation, Message("ciao"));
        using var withNew = await _host.PostActivityAsync(conversation, Message("ciao"), refreshed);

        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Contains("expired", (await withOld.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task PostActivity_Message_IsEchoedWithServerIdSameChannelDataAndTheTokensIdentity()
    {
        var conversation = await _host.StartConversationAsync();
        var (_, watermark) = await _host.GetActivitiesAsync(conversation);

        using var response = await _host.PostActivityAsync(conversation, Message("SPID", "client-42"));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var (activities, _) = await _host.GetActivitiesAsync(conversation, watermark);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.False(echo.GetProperty("channelData").TryGetProperty("extra", out _), "channelData beyond Web Chat's echo id is not stored");
        Assert.Equal(conversation.SignedUserId.Split('.')[0], echo.GetProperty("from").GetProperty("id").GetString());
        Assert.False(echo.GetProperty("from").TryGetProperty("name", out _));
        Assert.Equal("directline", echo.GetProperty("channelId").GetString());
        var reply = activities[1];
        Assert.Contains("identità digitale", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
    }

    [Fact]
    public async Task Upload_AFile_IsRefusedWithAReasonAndStoresNothing()
    {
        var conversation = await _host.StartConversationAsync();
        var (before, _) = await _host.GetActivitiesAsync(conversation);
        using var request = DirectLineTestHost.Request(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/upload?userId=x", conversation.Token);
        request.Content = new MultipartFormDataContent { { new ByteArrayContent([0xFF, 0xD8, 0xFF]), "file", "carta-identita.jpg" } };

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("does not accept files", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before.Count, (await _host.GetActivitiesAsync(conversation)).Activities.Count);
    }

    [Fact]
    public async Task PostActivity_SameClientActivitySentTwice_IsAnsweredOnce()
    {
        var conversation = await _host.StartConversationAsync();
        var (before, _) = await _host.GetActivitiesAsync(conversation);

        using var first = await _host.PostActivityAsync(conversation, Message("ciao", "retry-1"));
        using var second = await _host.PostActivityAsync(conversation, Message("ciao", "retry-1"));
        var (after, _) = await _host.GetActivitiesAsync(conversation);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(before.Count + 2, after.Count);
    }

    [Fact]
    public async Task PostActivity_WithAnotherConversationsToken_IsForbiddenAndStoresNothing()
    {
        var mine = await _host.StartConversationAsync();
        var theirs = await _host.StartConversationAsync();
        var (before, _) = await _host.GetActivitiesAsync(mine);

        using var post = await _host.PostActivityAsync(mine, Message("ciao"), theirs.Token);
        using var read = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"/v3/directline/conversations/{mine.Id}/activities", theirs.Token));
        using var reconnect = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"/v3/directline/conversations/{mine.Id}", theirs.Token));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(before.Count, (await _host.GetActivitiesAsync(mine)).Activities.Count);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":", "not a valid activity")]
    [InlineData("[1,2]", "not a valid activity")]
    [InlineData("{\"text\":\"ciao\"}", "no type")]
    [InlineData("{\"type\":\"nonsense\"}", "Unknown activity type")]
    public async Task PostActivity_BadInput_Is400WithAReasonAndStoresNothing(string body, string reason)
    {
        var conversation = await _host.StartConversationAsync();
        var (before, _) = await _host.GetActivitiesAsync(conversation);

        using var response = await _host.PostActivityAsync(conversation, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before.Count, (await _host.GetActivitiesAsync(conversation)).Activities.Count);
    }

    [Fact]
    public async Task PostActivity_TextOver4000Characters_IsRefusedPolitely()
    {
        var conversation = await _host.StartConversationAsync();

        using var response = await _host.PostActivityAsync(conversation, Message(new string('a', 4001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("4000", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Activities_ConversationNeverStarted_Is404()
    {
        using var generate = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret));
        var generated = await generate.Content.ReadFromJsonAsync<JsonElement>();
        var id = generated.GetProperty("conversationId").GetString();

        using var read = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", generated.GetProperty("token").GetString()));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Activities_WithWatermark_ReturnsOnlyWhatCameAfter()
    {
        var conversation = await _host.StartConversationAsync();
        var (first, watermark) = await _host.GetActivitiesAsync(conversation);
        await _host.PostActivityAsync(conversation, Message("uno", "a1"));

        var (next, nextWatermark) = await _host.GetActivitiesAsync(conversation, watermark);
        var (none, sameWatermark) = await _host.GetActivitiesAsync(conversation, nextWatermark);

        Assert.Equal(["uno", "Hai scritto: uno"], next.Select(a => a.GetProperty("text").GetString()));
        Assert.Empty(none);
        Assert.Equal(nextWatermark, sameWatermark);
        Assert.DoesNotContain(first, a => next.Any(n => n.GetProperty("id").GetString() == a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Reconnect_ReturnsAFreshStreamUrlCarryingTheWatermark()
    {
        var conversation = await _host.StartConversationAsync();

        using var response = await _host.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark=2", conversation.Token));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("&watermark=2", body.GetProperty("streamUrl").GetString());
        Assert.Equal(conversation.Token, body.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Preflight_FromAConfiguredOrigin_AllowsTheHeadersWebChatSends()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://www.comune.milano.it" });
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://www.comune.milano.it");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await host.Client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("x-ms-bot-agent", allowed);
    }
}
