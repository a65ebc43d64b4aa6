using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Host.Tests.Support;
using Microsoft.Playwright;

namespace ChatAssistant.Console.Tests;

/// <summary>Issue 14, the console's second round: pass a chat on, delete a canned reply, set a volunteer's topics, disable an account at once.</summary>
public class ConsoleHandoffToolsTests
{
    private const string Volunteer = "volontario@milano.example";
    private const string Coordinator = "coordinatore@milano.example";

    [Fact]
    public async Task Accounts_CoordinatorSetsTopicsThenDisablesAVolunteer_TheirTokenAndTheirPageStopAtOnce()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var token = await StaffSignIn.TokenAsync(browser.Host, Volunteer);
        var volunteerPage = await browser.NewPageAsync();
        await ConsoleBrowser.SignInAsync(volunteerPage, Volunteer, StaffSignIn.ChosenPassword);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(browser.Host, token));
        var page = browser.Page;
        await browser.SignInFirstTimeAsync(Coordinator);

        await page.GotoAsync("/console/accounts");
        await page.GetByLabel($"Argomenti di {Volunteer}, separati da virgole").FillAsync("spid-ottenere, Anagrafe-Residenza");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Salva argomenti {Volunteer}" }).ClickAsync();
        var saved = await page.Locator("#accounts-message").TextContentAsync();
        var topics = await page.GetByLabel($"Argomenti di {Volunteer}, separati da virgole").InputValueAsync();
        var problems = await browser.SeriousAccessibilityProblemsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Disattiva {Volunteer}" }).ClickAsync();
        await page.Locator("#accounts-message").GetByText("Disattivato").WaitForAsync();

        Assert.Equal("Argomenti salvati.", saved?.Trim());
        Assert.Equal("spid-ottenere, anagrafe-residenza", topics);
        Assert.Empty(problems);
        // The token is still unexpired and the cookie still in the browser: both are refused at their next request.
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(browser.Host, token));
        await volunteerPage.GotoAsync("/console/queue");
        Assert.Contains("/console/signin", volunteerPage.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replies_CoordinatorDeletesACannedReply_VolunteersNoLongerSeeIt()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var page = browser.Page;
        await browser.SignInFirstTimeAsync(Coordinator);
        await page.GotoAsync("/console/replies");
        await page.GetByLabel("Titolo").FillAsync("Orari");
        await page.GetByLabel("Testo").FillAsync("Siamo in chat dal lunedì al venerdì.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Elimina Orari" }).WaitForAsync();
        var problems = await browser.SeriousAccessibilityProblemsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Elimina Orari" }).ClickAsync();
        await page.GetByText("Risposta eliminata.").WaitForAsync();

        Assert.Empty(problems);
        Assert.Equal(0, await page.GetByText("Siamo in chat dal lunedì al venerdì.").CountAsync());
        var token = await StaffSignIn.TokenAsync(browser.Host, Volunteer);
        Assert.Empty(await ApiAsync(browser.Host, token, HttpMethod.Get, "api/handoff/canned") as JsonArray ?? []);
    }

    [Fact]
    public async Task Chat_VolunteerPassesTheChatToACoordinatorOnline_TheCitizenIsToldWhoWritesNow()
    {
        await using var browser = await ConsoleBrowser.StartAsync();
        var token = await StaffSignIn.TokenAsync(browser.Host, Volunteer);
        // The coordinator has the queue open (so counts as online); the volunteer holds the citizen's chat.
        await browser.SignInFirstTimeAsync(Coordinator);
        await browser.Page.GotoAsync("/console/queue");
        await browser.Page.GetByText("Aggiornamento automatico attivo").WaitForAsync();
        var citizen = new DirectLineClient(browser.Host.Client);
        await citizen.StartAsync("milano");
        await citizen.SendAsync("operatore");
        var ticket = ((JsonArray)await ApiAsync(browser.Host, token, HttpMethod.Get, "api/handoff/queue"))[0]!["id"]!.GetValue<string>();
        await ApiAsync(browser.Host, token, HttpMethod.Post, $"api/handoff/{ticket}/claim");
        await citizen.ReadBotMessagesAsync();
        var page = await browser.NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Volunteer, StaffSignIn.ChosenPassword);

        await page.GotoAsync($"/console/chats/{ticket}");
        var transferTo = page.GetByLabel("Passa a un altro volontario");
        await transferTo.Locator("option", new() { HasText = "Coordinatore" }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await transferTo.SelectOptionAsync(new SelectOptionValue { Label = "Coordinatore milano" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Passa la chat" }).ClickAsync();
        await page.WaitForURLAsync("**/console/chats");

        var held = await ApiAsync(browser.Host, token, HttpMethod.Get, $"api/handoff/{ticket}");
        Assert.Equal("Coordinatore milano", held["volunteerName"]!.GetValue<string>());
        Assert.Contains("Coordinatore milano", DirectLineClient.Texts(await citizen.ReadBotMessagesAsync()), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> MeAsync(HostProcess host, string token)
    {
        using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("api/auth/me", UriKind.Relative)).WithBearer(token));
        return response.StatusCode;
    }

    private static async Task<JsonNode> ApiAsync(HostProcess host, string token, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)).WithBearer(token);
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
