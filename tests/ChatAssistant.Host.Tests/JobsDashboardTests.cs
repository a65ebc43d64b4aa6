using System.Net;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>Hangfire runs in the host; until the console brings sign-in its dashboard is for the machine's own operator only.</summary>
public class JobsDashboardTests
{
    [Fact]
    public async Task Dashboard_FromThisMachine_Answers_FromACitizenBehindTheProxy_IsRefused()
    {
        await using var host = await HostProcess.StartAsync();

        using var local = await host.Client.GetAsync(new Uri("hangfire", UriKind.Relative));
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, new Uri("hangfire", UriKind.Relative));
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var remote = await host.Client.SendAsync(forwarded);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Contains("Hangfire", await local.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, remote.StatusCode);
    }

    [Fact]
    public async Task Start_RetentionPurge_IsARecurringJob()
    {
        await using var host = await HostProcess.StartAsync();

        var listed = "";
        for (var i = 0; i < 50 && !listed.Contains("retention-purge", StringComparison.Ordinal); i++)
        {
            using var page = await host.Client.GetAsync(new Uri("hangfire/recurring", UriKind.Relative));
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
