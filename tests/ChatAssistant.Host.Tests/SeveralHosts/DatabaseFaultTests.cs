using System.Diagnostics;
using System.Net;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests.SeveralHosts;

/// <summary>What an operator and a citizen see when PostgreSQL is away: at start, and in the middle of a conversation.</summary>
public sealed class DatabaseFaultTests
{
    [Fact]
    public async Task Start_DatabaseUnreachable_NotReadyNamingTheServerThenReadyWhenItComes()
    {
        await using var database = await PostgresSchema.CreateAsync();
        await using var network = new TcpForwarder(database.Admin.Host!, database.Admin.Port, cut: true);
        await using var host = await HostProcess.StartAsync(environment: database.HostEnvironment("host-a", network.Port), waitUntilReady: false);

        var (status, body) = await ReadinessWhenAnsweringAsync(host);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains($"127.0.0.1:{network.Port}", body, StringComparison.Ordinal);
        Assert.DoesNotContain(database.Admin.Password!, body, StringComparison.Ordinal);
        network.Restore();
        await host.WaitUntilReadyAsync();
        var citizen = new DirectLineClient(host.Client);
        await citizen.StartAsync();
        Assert.NotEmpty(await citizen.ReadBotMessagesAsync());
        Assert.DoesNotContain(database.Admin.Password!, host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DatabaseLostMidConversation_AnswersTryAgainThenResumesByItself()
    {
        await using var database = await PostgresSchema.CreateAsync();
        await using var network = new TcpForwarder(database.Admin.Host!, database.Admin.Port, cut: false);
        await using var host = await HostProcess.StartAsync(environment: database.HostEnvironment("host-a", network.Port));
        var citizen = new DirectLineClient(host.Client);
        await citizen.StartAsync();
        await citizen.ReadBotMessagesAsync();
        await citizen.SendAsync("come pago la tari?");
        const string question = "ho perso la carta d'identità elettronica, come la rifaccio?";

        network.Cut();
        using var refused = await citizen.PostAsync(question);
        var refusal = await refused.Content.ReadAsStringAsync();
        network.Restore();
        var resumedAfter = await ResendUntilAcceptedAsync(citizen, question);
        var answer = await citizen.ReadBotMessagesAsync();
        var (transcript, _) = await citizen.ReadTranscriptAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        // Direct Line's own 503 (the web chat resends): its words, and when to try again.
        Assert.Contains("nothing was stored. Please send it again", refusal, StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.True(resumedAfter < TimeSpan.FromSeconds(30), $"service resumed only after {resumedAfter}");
        Assert.Contains("cartaidentita.interno.gov.it", DirectLineClient.Texts(answer), StringComparison.Ordinal);
        // Nothing half-written: the refused message is in the transcript once, from the resend that was answered.
        Assert.Single(transcript, a => a["text"]?.GetValue<string>() == question);
        Assert.DoesNotContain(database.Admin.Password!, host.Log, StringComparison.Ordinal);
    }

    /// <summary>The host may still be starting its HTTP listener: waits until /health/ready answers at all.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> ReadinessWhenAnsweringAsync(HostProcess host)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await host.Client.GetAsync(new Uri("health/ready", UriKind.Relative));
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException) when (limit.Elapsed < TimeSpan.FromSeconds(60) && !host.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>A web chat resending after "try again": how long until the host accepted the message again.</summary>
    private static async Task<TimeSpan> ResendUntilAcceptedAsync(DirectLineClient citizen, string text)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var response = await citizen.PostAsync(text);
            if (response.IsSuccessStatusCode)
            {
                return clock.Elapsed;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(250);
        }

        return clock.Elapsed;
    }
}
