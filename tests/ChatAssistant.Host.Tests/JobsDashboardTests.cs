using System.Net;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>Hangfire runs in the host; its dashboard is for coordinators and admins signed in to the console.</summary>
public class JobsDashboardTests
{
    [Fact]
    public async Task Dashboard_WithoutSignIn_RedirectsToSignIn_VolunteerRefused_CoordinatorAnswered()
    {
        await using var host = await HostProcess.StartAsync();
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        var volunteer = await StaffSignIn.TokenAsync(host, "volontario@milano.example");
        var coordinator = await StaffSignIn.TokenAsync(host, "coordinatore@milano.example");

        using var anonymous = await noRedirects.GetAsync(new Uri("hangfire", UriKind.Relative));
        using var asVolunteer = await noRedirects.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("hangfire", UriKind.Relative)).WithBearer(volunteer));
        using var asCoordinator = await noRedirects.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("hangfire", UriKind.Relative)).WithBearer(coordinator));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/console/signin?ReturnUrl=%2Fhangfire", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, asVolunteer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asCoordinator.StatusCode);
        Assert.Contains("Hangfire", await asCoordinator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RetentionPurge_IsARecurringJob()
    {
        await using var host = await HostProcess.StartAsync();
        var coordinator = await StaffSignIn.TokenAsync(host, "coordinatore@milano.example");

        var listed = "";
        for (var i = 0; i < 50 && !listed.Contains("retention-purge", StringComparison.Ordinal); i++)
        {
            using var page = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("hangfire/recurring", UriKind.Relative)).WithBearer(coordinator));
            listed = await page.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }

        Assert.Contains("retention-purge", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownStorageProvider_RefusesNamingTheSetting()
    {
        await using var host = await HostProcess.StartAsync(
            environment: new Dictionary<string, string> { ["ChatAssistant__Storage__Provider"] = "Oracle" },
            waitUntilReady: false);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ChatAssistant:Storage:Provider is 'Oracle'", host.Log, StringComparison.Ordinal);
    }
}
