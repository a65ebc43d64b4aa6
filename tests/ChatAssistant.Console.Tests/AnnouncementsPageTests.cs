using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>The announcements compose page in headless chromium, signed in as the demo committee (Municipio 1).</summary>
public class AnnouncementsPageTests
{
    [Fact]
    public async Task Committee_ComposesWithCounterAndPreview_EmptyTextRefused_SentOneListed_NoSeriousAxeViolations()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        await browser.SignInFirstTimeAsync("comitato@milano.example");
        await page.GotoAsync("/console/announcements");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Avvisi ai quartieri" }).WaitForAsync();
        var emptyProblems = await browser.SeriousAccessibilityProblemsAsync();
        var offered = await page.Locator("input[name=Neighbourhoods]").CountAsync();

        await page.GetByLabel("Municipio 1 (Centro storico)").CheckAsync(new() { Force = true }); // Bootstrap Italia draws the box on the label
        await page.GetByLabel("Titolo").FillAsync("Festa di quartiere");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        var refused = await page.Locator("#problems").TextContentAsync();

        await page.GetByLabel("Municipio 1 (Centro storico)").CheckAsync(new() { Force = true }); // Bootstrap Italia draws the box on the label
        await page.GetByLabel("Titolo").FillAsync("Festa di quartiere");
        await page.GetByLabel("Testo", new() { Exact = true }).FillAsync("Sabato alle 16 in piazza.");
        var counter = await page.Locator("#counter-value").TextContentAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Anteprima" }).ClickAsync();
        var preview = await page.Locator("#preview").TextContentAsync();
        var previewProblems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        await page.GetByText("Avviso salvato.").WaitForAsync();
        var listed = await page.Locator("#announcements tbody tr").First.TextContentAsync();
        var listProblems = await browser.SeriousAccessibilityProblemsAsync();
        var queue = await page.GotoAsync("/console/queue");

        Assert.Empty(emptyProblems);
        Assert.Empty(previewProblems);
        Assert.Empty(listProblems);
        Assert.Equal(1, offered);
        Assert.Contains("Scrivi il testo dell'avviso.", refused, StringComparison.Ordinal);
        Assert.True(int.Parse(counter!, System.Globalization.CultureInfo.InvariantCulture) > 25);
        Assert.StartsWith("📢 Avviso del Comitato: Municipio 1", preview, StringComparison.Ordinal);
        Assert.Contains("/stop_avvisi", preview, StringComparison.Ordinal);
        Assert.Contains("Festa di quartiere", listed, StringComparison.Ordinal);
        Assert.Contains("/console/denied", queue!.Url, StringComparison.Ordinal);
    }
}
