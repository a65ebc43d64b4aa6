using ChatAssistant.Host.Tests.Support;
using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>The coordinators' reports page in headless chromium: figures from real web chat turns, charts, the draft, axe.</summary>
public class ReportsPageTests
{
    private const string Unknown = "blorf zxqv tintinnabulum";

    [Fact]
    public async Task Reports_AfterTwoWebChatMessages_ShowsTheFiguresChartsAndADraftFromTheQuestionNotUnderstood_NoSeriousAxeViolations()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        var citizen = new DirectLineClient(browser.Host.Client);
        await citizen.StartAsync("milano");
        await citizen.SendAsync("come faccio ad avere lo SPID?");
        await citizen.SendAsync(Unknown);
        await browser.SignInFirstTimeAsync("coordinatore@milano.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Report", Exact = true }).ClickAsync();
        for (var attempt = 0; attempt < 20 && await page.Locator("#figure-turns").TextContentAsync() != "2"; attempt++)
        {
            await Task.Delay(500); // events reach the counters within a second (ChatAssistant:Reports:FlushMilliseconds)
            await page.ReloadAsync();
        }

        var turns = await page.Locator("#figure-turns").TextContentAsync();
        var topicChart = page.GetByRole(AriaRole.Img, new() { Name = "Richieste per servizio" });
        var reportProblems = await browser.SeriousAccessibilityProblemsAsync();
        var workbook = await page.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Scarica Excel" }).GetAttributeAsync("href") ?? "");
        await page.Locator("label", new() { HasText = Unknown }).ClickAsync(); // Bootstrap Italia draws the box over the input
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepara una voce della guida" }).ClickAsync();
        var draft = await page.GetByLabel("Bozza della voce").InputValueAsync();
        var draftProblems = await browser.SeriousAccessibilityProblemsAsync();

        Assert.Equal("2", turns);
        Assert.True(await topicChart.IsVisibleAsync());
        Assert.Equal("50%", await page.Locator("#figure-answered").TextContentAsync());
        Assert.Empty(reportProblems);
        Assert.Equal(200, workbook.Status);
        Assert.StartsWith("application/vnd.openxmlformats", workbook.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains($"  - \"{Unknown}\"", draft, StringComparison.Ordinal);
        Assert.StartsWith("---\nid: blorf-zxqv-tintinnabulum", draft, StringComparison.Ordinal);
        Assert.Empty(draftProblems);
    }
}
