using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>Sign-in through the real host: the API's bearer token, the lockout, 401 on /api and the sign-in redirect on pages.</summary>
public class ConsoleSignInTests
{
    private const string Volunteer = "volontario@milano.example";

    [Fact]
    public async Task WithoutSignIn_ApiAnswers401_ConsolePageRedirectsToSignIn()
    {
        await using var host = await HostProcess.StartAsync();
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var api = await noRedirects.GetAsync(new Uri("api/handoff/queue", UriKind.Relative));
        using var page = await noRedirects.GetAsync(new Uri("console/queue", UriKind.Relative));
        using var signInPage = await noRedirects.GetAsync(new Uri("console/signin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/console/signin?ReturnUrl=%2Fconsole%2Fqueue", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        Assert.Contains("Accedi", await signInPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_OneTimePasswordThenOwnPassword_GivesABearerTokenCarryingRoleAndTenant()
    {
        await using var host = await HostProcess.StartAsync();
        var oneTime = await StaffSignIn.DemoPasswordAsync(host, Volunteer);

        using var beforeChange = await host.Client.PostAsJsonAsync(new Uri("api/auth/login", UriKind.Relative), new { email = Volunteer, password = oneTime });
        var token = await StaffSignIn.TokenAsync(host, Volunteer);
        using var me = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("api/auth/me", UriKind.Relative)).WithBearer(token));
        using var queue = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("api/handoff/queue", UriKind.Relative)).WithBearer(token));
        using var forged = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("api/auth/me", UriKind.Relative)).WithBearer(token[..^4] + "AAAA"));

        Assert.Equal(HttpStatusCode.Forbidden, beforeChange.StatusCode);
        Assert.Contains("one-time password", await beforeChange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var who = await me.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("volunteer", who!["role"]!.GetValue<string>());
        Assert.Equal("milano", who["tenant"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountSayingForHowLong_EvenForTheRightPassword()
    {
        await using var host = await HostProcess.StartAsync();
        await StaffSignIn.TokenAsync(host, Volunteer);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await host.Client.PostAsJsonAsync(new Uri("api/auth/login", UriKind.Relative), new { email = Volunteer, password = "sbagliata-" + i });
            statuses.Add(wrong.StatusCode);
        }

        using var right = await host.Client.PostAsJsonAsync(new Uri("api/auth/login", UriKind.Relative), new { email = Volunteer, password = StaffSignIn.ChosenPassword });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("application/problem+json", right.Content.Headers.ContentType?.MediaType);
        Assert.Contains("locked for 15 more minutes", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(right.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 14 * 60, 15 * 60);
    }

    [Fact]
    public async Task Token_IssuedBeforeARestart_IsStillAccepted_BecauseTheKeyRingLivesInTheStore()
    {
        string token;
        string data;
        await using (var first = await HostProcess.StartAsync())
        {
            token = await StaffSignIn.TokenAsync(first, Volunteer);
            data = first.DataDirectory;
            await first.StopAsync();
        }

        await using var second = await HostProcess.StartAsync(data);
        using var me = await second.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("api/auth/me", UriKind.Relative)).WithBearer(token));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.DoesNotContain("Demo console account", second.Log, StringComparison.Ordinal);
    }
}
