using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Channels.Tests.DirectLine.Support;

namespace ChatAssistant.Channels.Tests.DirectLine;

public sealed class WebChatEndpointTests : IAsyncLifetime
{
    private DirectLineTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DirectLineTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> AskTokenAsync(object body)
    {
        using var response = await _host.Client.PostAsJsonAsync("/api/webchat/token", body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task IssueToken_KnownMunicipality_GivesTokenConversationAndSignedCitizenId()
    {
        var (status, body) = await AskTokenAsync(new { tenant = "milano" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.StartsWith("dl_", body.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task IssueToken_KeptCitizenId_IsReused_ForgedOneIsReplaced()
    {
        var (_, first) = await AskTokenAsync(new { tenant = "milano" });
        var kept = first.GetProperty("userId").GetString()!;

        var (_, again) = await AskTokenAsync(new { tenant = "milano", userId = kept });
        var (_, forged) = await AskTokenAsync(new { tenant = "milano", userId = "dl_admin." + kept.Split('.')[1] });

        Assert.Equal(kept, again.GetProperty("userId").GetString());
        Assert.NotEqual(first.GetProperty("conversationId").GetString(), again.GetProperty("conversationId").GetString());
        Assert.NotEqual("dl_admin", forged.GetProperty("userId").GetString()!.Split('.')[0]);
    }

    [Fact]
    public async Task IssueToken_UnknownMunicipality_Is404WithAReason()
    {
        var (status, body) = await AskTokenAsync(new { tenant = "gotham" });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("gotham", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task IssueToken_MalformedBody_Is400()
    {
        using var response = await _host.Client.PostAsync("/api/webchat/token", new StringContent("{tenant:", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task IssueToken_TooManyFromOneAddress_Is429WithRetryAfter()
    {
        await using var strict = await DirectLineTestHost.StartAsync(new() { ["DirectLine:TokenRequestsPerMinute"] = "3" });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await strict.Client.PostAsJsonAsync("/api/webchat/token", new { tenant = "milano" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        last.Dispose();
    }

    [Fact]
    public async Task Page_KnownMunicipality_IsItalianNamedAndAsksTheTokenEndpoint()
    {
        using var response = await _host.Client.GetAsync("/chat/milano");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"it\">", html);
        Assert.Contains("Comune di Milano", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains("/api/webchat/token", html);
        Assert.Contains("/chat/assets/webchat.js", html);
        Assert.DoesNotContain(DirectLineTestHost.Secret, html);
    }

    [Fact]
    public async Task Page_UnknownMunicipality_Is404InPlainItalian()
    {
        using var response = await _host.Client.GetAsync("/chat/gotham");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina non trovata", html);
        Assert.Contains("lang=\"it\"", html);
    }
}
