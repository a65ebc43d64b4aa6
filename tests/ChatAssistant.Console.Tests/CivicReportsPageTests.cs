using ChatAssistant.Host.Tests.Support;
using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>The Segnalazioni pages in headless chromium against the real host: list, filter, a report, a status move the citizen hears about.</summary>
public class CivicReportsPageTests
{
    [Fact]
    public async Task Volunteer_FiltersOpensAndMovesAReport_CitizenIsTold_NoSeriousAxeViolations()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        var citizen = new DirectLineClient(browser.Host.Client);
        await citizen.StartAsync("milano");
        foreach (var text in new[] { "menu", "Segnala un problema", "Rifiuti", "Sacchi di rifiuti lasciati sul marciapiede", "Via Padova 21" })
        {
            await citizen.SendAsync(text);
        }

        var filed = DirectLineClient.Texts(await citizen.SendAsync("Sì"));
        var code = System.Text.RegularExpressions.Regex.Match(filed, "è (?<code>[A-Z2-9]{6})\\.").Groups["code"].Value;
        Assert.False(string.IsNullOrEmpty(code), filed);
        foreach (var text in new[] { "Segnala un problema", "Un consiglio", "Più panchine nel parco di via Padova", "Non c'è un luogo", "Sì" })
        {
            await citizen.SendAsync(text);
        }

        await browser.SignInFirstTimeAsync("volontario@milano.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Segnalazioni" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Segnalazioni dei cittadini" }).WaitForAsync();
        var rowsBefore = await page.Locator("#civic-reports tbody tr").CountAsync();
        await page.GetByLabel("Tipo").SelectOptionAsync(new SelectOptionValue { Label = "Rifiuti" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtra" }).ClickAsync();
        await page.WaitForURLAsync("**category=rifiuti**");
        var rowsAfter = await page.Locator("#civic-reports tbody tr").CountAsync();
        var listProblems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await page.GetByText("Sacchi di rifiuti lasciati sul marciapiede").WaitForAsync();
        var place = await page.GetByText("Via Padova 21").IsVisibleAsync();
        var detailProblems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByLabel("Nuovo stato").SelectOptionAsync(new SelectOptionValue { Label = "Mandata all'ufficio" });
        await page.GetByLabel("Messaggio al cittadino (facoltativo)").FillAsync("L'ufficio ambiente passa domani.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva e avvisa il cittadino" }).ClickAsync();
        var moved = await page.Locator("#civic-message").TextContentAsync();
        var status = await page.Locator("#civic-status").TextContentAsync();

        Assert.Equal((2, 1), (rowsBefore, rowsAfter));
        Assert.True(place);
        Assert.Empty(listProblems);
        Assert.Empty(detailProblems);
        Assert.Equal("Stato cambiato. Il cittadino riceve un messaggio.", moved?.Trim());
        Assert.Equal("Mandata all'ufficio", status?.Trim());
        var notice = DirectLineClient.Texts(await citizen.ReadBotMessagesAsync());
        Assert.Contains($"Novità sulla segnalazione {code}: ora è mandata all'ufficio del Comune.", notice, StringComparison.Ordinal);
        Assert.Contains("Messaggio dal Comune: L'ufficio ambiente passa domani.", notice, StringComparison.Ordinal);
    }
}
