using ChatAssistant.Host.Tests.Support;
using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>The console in headless chromium against the real host: sign-in, the live queue, a claimed chat, accessibility.</summary>
public class ConsolePagesTests
{
    private const string Volunteer = "volontario@milano.example";

    [Fact]
    public async Task FirstSignIn_ChangesThePasswordThenShowsTheQueue_CoordinatorAddsAnAccount_NoSeriousAxeViolations()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;

        await page.GotoAsync("/console/signin");
        var signInProblems = await browser.SeriousAccessibilityProblemsAsync();
        await browser.SignInFirstTimeAsync("coordinatore@milano.example");
        var passwordProblems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Coda" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Coda delle richieste" }).WaitForAsync();
        await page.GetByText("Nessuno in attesa.").WaitForAsync();
        var queueProblems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Account" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("nuovo@milano.example");
        await page.GetByLabel("Nome").FillAsync("Luca Bianchi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
        var created = await page.Locator("#accounts-message").TextContentAsync();
        var accountsProblems = await browser.SeriousAccessibilityProblemsAsync();

        Assert.Empty(signInProblems);
        Assert.Empty(passwordProblems);
        Assert.Empty(queueProblems);
        Assert.Empty(accountsProblems);
        Assert.Contains("Password temporanea per nuovo@milano.example", created, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Cell, new() { Name = "Luca Bianchi" }).IsVisibleAsync());
    }

    [Fact]
    public async Task Queue_CitizenAsksForAPerson_AppearsLiveWithBadge_ClaimAndReplyReachTheCitizen()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        await browser.SignInFirstTimeAsync(Volunteer);
        await page.GotoAsync("/console/queue");
        await page.GetByText("Aggiornamento automatico attivo").WaitForAsync();
        await page.GetByText("Nessuno in attesa.").WaitForAsync();
        var citizen = new DirectLineClient(browser.Host.Client);
        await citizen.StartAsync("milano");
        await citizen.ReadBotMessagesAsync();

        await citizen.SendAsync("operatore");
        var claim = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Prendi in carico") });
        await claim.WaitForAsync(new() { Timeout = 10_000 });
        var badge = await page.Locator("#queue-badge").TextContentAsync();
        var isNew = await page.Locator("#queue-rows .badge").TextContentAsync();
        await claim.ClickAsync();
        await page.WaitForURLAsync("**/console/chats/*");
        await page.GetByText("operatore").First.WaitForAsync();
        var chatProblems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByLabel("Risposta", new() { Exact = true }).FillAsync("Buongiorno, sono Giulia. Come posso aiutarla?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).First.ClickAsync();

        Assert.Equal("1", badge?.Trim());
        Assert.Equal("nuova", isNew?.Trim());
        Assert.Empty(chatProblems);
        Assert.True(await CitizenReceivesAsync(citizen, "Buongiorno, sono Giulia. Come posso aiutarla?"), "the citizen did not receive the volunteer's reply");
    }

    [Fact]
    public async Task LanguageSwitch_English_ShowsTheConsoleInEnglishAndRemembersIt()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        await page.GotoAsync("/console/signin");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }).WaitForAsync();
        await page.ReloadAsync();

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.GetByLabel("E-mail address").IsVisibleAsync());
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
