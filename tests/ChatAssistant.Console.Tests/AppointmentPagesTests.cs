using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatAssistant.Host.Tests.Support;
using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>
/// Issue 15 in the console: a citizen books in the web chat, the desk's volunteer sees them on the day's agenda, marks
/// them arrived and prints the day; a coordinator edits a desk's hours and closes every desk, and the chat offers no
/// days any more. Real host (LiteDB), headless chromium, axe.
/// </summary>
public partial class AppointmentPagesTests
{
    private const string Desk = "sportello-municipio-2";
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    [Fact]
    public async Task Agenda_CitizenBookedInTheChat_VolunteerSeesThemMarksArrivedAndPrints_NoSeriousAxeViolations()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        var day = await BookInTheChatAsync(browser.Host, "Anna Rossi");
        await browser.SignInFirstTimeAsync("volontario@milano.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Appuntamenti" }).ClickAsync();
        await page.GotoAsync($"/console/agenda?desk={Desk}&date={day:yyyy-MM-dd}");
        var row = page.Locator("#agenda tbody tr", new() { HasText = "Anna Rossi" });
        await row.WaitForAsync();
        var before = await row.Locator(".agenda-state").TextContentAsync();
        var agendaProblems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Arrivato: Anna Rossi" }).ClickAsync();
        var message = await page.Locator("#agenda-message").TextContentAsync();
        var after = await page.Locator("#agenda tbody tr", new() { HasText = "Anna Rossi" }).Locator(".agenda-state").TextContentAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Empty(agendaProblems);
        Assert.Equal("Atteso", before?.Trim());
        Assert.Equal("Segnato: Anna Rossi — Arrivato.", message?.Trim());
        Assert.Equal("Arrivato", after?.Trim());
        Assert.True(await page.Locator("#agenda tbody tr", new() { HasText = "Anna Rossi" }).IsVisibleAsync(), "the printed day lists the citizen");
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Arrivato: Anna Rossi" }).IsVisibleAsync(), "the printed day has no buttons");
        Assert.False(await page.Locator(".console-nav").IsVisibleAsync(), "the printed day has no menu");
    }

    [Fact]
    public async Task Desks_CoordinatorEditsHoursAndClosesEveryDesk_ChatOffersNoDays()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        await browser.SignInFirstTimeAsync("coordinatore@milano.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sportelli" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sportelli, orari e chiusure" }).WaitForAsync();
        var desksProblems = await browser.SeriousAccessibilityProblemsAsync();
        var desk = page.Locator($"section[data-desk='{Desk}']");
        await desk.Locator($"#hours-{Desk}-Tuesday").FillAsync("25:00-26:00");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Salva lo sportello" }).ClickAsync();
        var refused = await page.Locator("#desks-error").TextContentAsync();
        desk = page.Locator($"section[data-desk='{Desk}']");
        await desk.Locator($"#hours-{Desk}-Tuesday").FillAsync("09:00-11:00, 15:00-16:00");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Salva lo sportello" }).ClickAsync();
        var saved = await page.Locator("#desks-message").TextContentAsync();
        var all = page.Locator("section[aria-labelledby='title-all']");
        var today = RomeToday();
        await all.Locator("#from-all").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await all.Locator("#to-all").FillAsync(today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await all.Locator("#reason-all").FillAsync("Trasloco");
        await all.GetByRole(AriaRole.Button, new() { Name = "Aggiungi chiusura" }).ClickAsync();
        await page.Locator("#desks-message").WaitForAsync();
        await page.ReloadAsync();
        var hours = await page.Locator($"#hours-{Desk}-Tuesday").InputValueAsync();
        var closures = await page.Locator("section[aria-labelledby='title-all']").TextContentAsync();
        var chat = await DayQuestionAsync(browser.Host);

        Assert.Empty(desksProblems);
        Assert.StartsWith("Orari non validi", refused?.Trim(), StringComparison.Ordinal);
        Assert.Equal("Salvato.", saved?.Trim());
        Assert.Equal("09:00-11:00, 15:00-16:00", hours);
        Assert.Contains("Trasloco", closures, StringComparison.Ordinal);
        Assert.Contains("non ci sono posti liberi", chat, StringComparison.Ordinal);
    }

    /// <summary>Books the first free time at <see cref="Desk"/> in a new web chat; returns the appointment's day.</summary>
    private static async Task<DateOnly> BookInTheChatAsync(HostProcess host, string name)
    {
        var citizen = new DirectLineClient(host.Client);
        await citizen.StartAsync("milano");
        await citizen.ReadBotMessagesAsync();
        var replies = await citizen.SendAsync("menu");
        foreach (var press in new[] { "Prenota un appuntamento", "Aiuto con SPID, app IO e servizi online", "Sportello del Municipio 2", null, null })
        {
            replies = await citizen.SendAsync(press is null ? FirstButtonValue(replies) : ValueOf(replies, press));
        }

        await citizen.SendAsync(name);
        var summary = DirectLineClient.Texts(await citizen.SendAsync("Salta"));
        var booked = DirectLineClient.Texts(await citizen.SendAsync("Sì"));
        Assert.Contains("Il tuo codice è", booked, StringComparison.Ordinal);
        var when = WhenPattern().Match(summary);
        Assert.True(when.Success, summary);
        var today = RomeToday();
        var day = DateOnly.ParseExact($"{when.Groups[1].Value} {when.Groups[2].Value} {today.Year}", "d MMMM yyyy", Italian);
        return day < today ? day.AddYears(1) : day;
    }

    /// <summary>The chat's answer once the desk is chosen: the days with room, or none.</summary>
    private static async Task<string> DayQuestionAsync(HostProcess host)
    {
        var citizen = new DirectLineClient(host.Client);
        await citizen.StartAsync("milano");
        await citizen.ReadBotMessagesAsync();
        var replies = await citizen.SendAsync("menu");
        foreach (var press in new[] { "Prenota un appuntamento", "Aiuto con SPID, app IO e servizi online" })
        {
            replies = await citizen.SendAsync(ValueOf(replies, press));
        }

        return DirectLineClient.Texts(await citizen.SendAsync(ValueOf(replies, "Sportello del Municipio 2")));
    }

    private static DateOnly RomeToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome")).DateTime);

    private static string ValueOf(IReadOnlyList<JsonObject> replies, string title) =>
        Actions(replies).First(a => a!["title"]!.GetValue<string>() == title)!["value"]!.GetValue<string>();

    private static string FirstButtonValue(IReadOnlyList<JsonObject> replies) => Actions(replies)[0]!["value"]!.GetValue<string>();

    private static JsonArray Actions(IReadOnlyList<JsonObject> replies) =>
        replies.Last(a => a["suggestedActions"] is not null)["suggestedActions"]!["actions"]!.AsArray();

    [GeneratedRegex(@"(\d{1,2}) (\p{L}+), ore \d{2}:\d{2}")]
    private static partial Regex WhenPattern();
}
