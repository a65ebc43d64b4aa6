using ChatAssistant.Host.Tests.Support;
using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>
/// Issue 14 with two real host processes on one PostgreSQL schema: the citizen's web chat on host A, the volunteer's
/// console page (chromium, SignalR) on host B. What host A learns reaches the page through LISTEN/NOTIFY, not a poll.
/// </summary>
public class ConsoleAcrossHostsTests
{
    private const string Volunteer = "volontario@milano.example";

    [Fact]
    public async Task ConsoleOnHostB_CitizenOnHostA_TicketAppearsLive_ClaimReplyAndCloseReachTheCitizen_TheirMessageReachesThePage()
    {
        await using var database = await PostgresSchema.CreateAsync();
        // Host A first: it makes the demo accounts and prints their one-time passwords.
        await using var hostA = await HostProcess.StartAsync(environment: WithOpenKnowledgeBase(database.HostEnvironment("host-a")));
        await using var browser = await ConsoleBrowser.StartAsync(database.HostEnvironment("host-b"));
        var page = browser.Page;
        await browser.SignInFirstTimeAsync(Volunteer, printedBy: hostA);
        await page.GotoAsync("/console/queue");
        await page.GetByText("Aggiornamento automatico attivo").WaitForAsync();
        await page.GetByText("Nessuno in attesa.").WaitForAsync();
        var citizen = new DirectLineClient(hostA.Client);
        await citizen.StartAsync("milano");
        await citizen.ReadBotMessagesAsync();

        await citizen.SendAsync("operatore");
        // Well before the page's 15 s fallback read of the queue: the "queued" event crossed from A to B.
        var claim = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Prendi in carico") });
        await claim.WaitForAsync(new() { Timeout = 5_000 });
        await claim.ClickAsync();
        await page.WaitForURLAsync("**/console/chats/*");
        await page.GetByLabel("Risposta", new() { Exact = true }).FillAsync("Buongiorno, sono Giulia. Come posso aiutarla?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).First.ClickAsync();
        var replyReached = await CitizenReceivesAsync(citizen, "Buongiorno, sono Giulia.");
        using (var posted = await citizen.PostAsync("Devo rinnovare la carta d'identità"))
        {
            posted.EnsureSuccessStatusCode();
        }

        await page.Locator("#transcript").GetByText("Devo rinnovare la carta d'identità").WaitForAsync(new() { Timeout = 5_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi la chat" }).ClickAsync();
        await page.WaitForURLAsync("**/console/chats");

        Assert.True(replyReached, "the citizen on host A did not receive the reply written on host B");
        Assert.True(await CitizenReceivesAsync(citizen, "Ti abbiamo aiutato?"), "the survey did not reach the citizen on host A");
    }

    private static Dictionary<string, string> WithOpenKnowledgeBase(Dictionary<string, string> environment)
    {
        environment["ChatAssistant__KnowledgeBasePath"] = AlwaysOpenKnowledgeBase.Create();
        return environment;
    }

    private static async Task<bool> CitizenReceivesAsync(DirectLineClient citizen, string text)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                var messages = await citizen.ReadBotMessagesAsync();
                if (messages.Any(m => m["text"]?.GetValue<string>()?.Contains(text, StringComparison.Ordinal) == true))
                {
                    return true;
                }
            }
            catch (TimeoutException)
            {
                // Nothing new yet.
            }
        }

        return false;
    }
}
