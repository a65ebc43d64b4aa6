using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Core.Staff;
using ChatAssistant.Handoff.Tests.Support;

namespace ChatAssistant.Handoff.Tests.Api;

/// <summary>/api/handoff through ASP.NET Core's pipeline (routing, authorization, JSON, ProblemDetails).</summary>
public sealed class HandoffApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HttpClient _anna = null!;
    private HttpClient _bruno = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        _anna = _host.Client("anna");
        _bruno = _host.Client("bruno");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Queue_ListsTheTenantsWaitingTickets_WithTopicChannelAndWaitingSeconds()
    {
        await _host.World.Citizen("100").Send("spid").Send("operatore");
        await _host.World.Citizen("200", tenant: "cremona").Send("operatore");
        _host.World.Clock.Advance(TimeSpan.FromSeconds(30));

        var queue = await _anna.GetFromJsonAsync<JsonElement>("/api/handoff/queue");

        var line = Assert.Single(queue.EnumerateArray());
        Assert.Equal("spid-ottenere", line.GetProperty("topic").GetString());
        Assert.Equal("telegram", line.GetProperty("channel").GetString());
        Assert.Equal(30, line.GetProperty("waitingSeconds").GetInt64());
        Assert.Equal("waiting", line.GetProperty("status").GetString());
    }

    [Fact]
    public async Task NotSignedIn_Is401()
    {
        using var response = await _host.Client(null).GetAsync(new Uri("/api/handoff/queue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnotherTenantsTicket_Is404_ForEveryAction()
    {
        var ticket = await TicketAsync("200", "cremona");

        Assert.Equal(HttpStatusCode.NotFound, (await _anna.PostAsync(Url(ticket, "claim"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anna.PostAsJsonAsync(Url(ticket, "messages"), new { text = "ciao" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anna.GetAsync(Url(ticket, "transcript"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anna.PostAsJsonAsync(Url(ticket, "close"), new { outcome = "resolved" })).StatusCode);
    }

    [Fact]
    public async Task Claim_TwentyAtOnceOverHttp_OneOk_NineteenConflictsNamingTheWinner()
    {
        var ticket = await TicketAsync("100");
        var clients = Enumerable.Range(0, 20).Select(i => _host.Client($"v{i:D2}")).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.PostAsync(Url(ticket, "claim"), null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var conflicts = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(19, conflicts.Count);
        var problem = await conflicts[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("took this ticket first.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", conflicts[0].Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClosedTicket_ClaimIs409WithTheReason()
    {
        var ticket = await TicketAsync("100");
        await _anna.PostAsync(Url(ticket, "claim"), null);
        await _anna.PostAsJsonAsync(Url(ticket, "close"), new { outcome = "resolved", note = "fatto" });

        using var response = await _bruno.PostAsync(Url(ticket, "claim"), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("The ticket is closed: the chat has ended.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Message_ToATicketYouDoNotHold_Is403_EmptyOrTooLong_Is400()
    {
        var ticket = await TicketAsync("100");
        await _anna.PostAsync(Url(ticket, "claim"), null);

        Assert.Equal(HttpStatusCode.Forbidden, (await _bruno.PostAsJsonAsync(Url(ticket, "messages"), new { text = "ciao" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _anna.PostAsJsonAsync(Url(ticket, "messages"), new { text = "  " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _anna.PostAsJsonAsync(Url(ticket, "messages"), new { text = new string('a', 10_000) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _anna.PostAsJsonAsync(Url(ticket, "close"), new { outcome = "finito" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _anna.PostAsJsonAsync(Url(ticket, "messages"), new { text = "Ciao Maria, sono Anna." })).StatusCode);
    }

    [Fact]
    public async Task Transcript_ShowsTheCitizenTheBotAndTheVolunteer()
    {
        var maria = _host.World.Citizen("100");
        await maria.Send("spid");
        await maria.Send("operatore");
        var ticket = (await _host.World.TicketOfAsync(maria)).Id;
        await _anna.PostAsync(Url(ticket, "claim"), null);
        await maria.Send("non ricordo la password");
        await _anna.PostAsJsonAsync(Url(ticket, "messages"), new { text = "Ti aiuto io." });

        var lines = (await _anna.GetFromJsonAsync<JsonElement>(Url(ticket, "transcript"))).EnumerateArray()
            .Select(l => (l.GetProperty("role").GetString(), l.GetProperty("text").GetString())).ToList();

        Assert.Contains(("user", "spid"), lines);
        Assert.Contains(("user", "non ricordo la password"), lines);
        Assert.Contains(("volunteer", "Anna: Ti aiuto io."), lines);
        Assert.Contains(lines, l => l.Item1 == "bot" && l.Item2!.StartsWith("Ti passo a un volontario.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CannedReplies_CoordinatorsEdit_VolunteersUseThemWithTheCitizensName()
    {
        var coordinator = _host.Client("carla", role: StaffRoles.Coordinator);
        var reply = new { title = "Saluto", text = "Ciao {nome}, sono qui per aiutarti. Il {comune} risponde {orari}." };

        Assert.Equal(HttpStatusCode.Forbidden, (await _anna.PutAsJsonAsync("/api/handoff/canned/saluto", reply)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync("/api/handoff/canned/saluto", reply)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PutAsJsonAsync("/api/handoff/canned/vuoto", new { title = "x", text = "" })).StatusCode);
        var list = await _anna.GetFromJsonAsync<JsonElement>("/api/handoff/canned");
        Assert.Equal("Saluto", Assert.Single(list.EnumerateArray()).GetProperty("title").GetString());

        var maria = _host.World.Citizen("100");
        await maria.Send("operatore");
        var ticket = (await _host.World.TicketOfAsync(maria)).Id;
        await _anna.PostAsync(Url(ticket, "claim"), null);
        Assert.Equal(HttpStatusCode.OK, (await _anna.PostAsJsonAsync(Url(ticket, "messages"), new { cannedReplyId = "saluto" })).StatusCode);

        Assert.Contains(await maria.NewMessagesAsync(), m => m.Text!.StartsWith("Anna: Ciao Maria, sono qui per aiutarti. Il Comune di Milano risponde lun 9:00–13:00 e 14:00–17:00", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync(new Uri("/api/handoff/canned/saluto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TransferReleaseClose_OverHttp_MoveTheTicketAndCloseBringsTheSurvey()
    {
        var maria = _host.World.Citizen("100");
        await maria.Send("operatore");
        var ticket = (await _host.World.TicketOfAsync(maria)).Id;
        await _anna.PostAsync(Url(ticket, "claim"), null);

        Assert.Equal(HttpStatusCode.BadRequest, (await _anna.PostAsJsonAsync(Url(ticket, "transfer"), new { volunteerId = "" })).StatusCode);
        var moved = await (await _anna.PostAsJsonAsync(Url(ticket, "transfer"), new { volunteerId = "bruno", volunteerName = "Bruno" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("bruno", moved.GetProperty("volunteerId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await _anna.PostAsync(Url(ticket, "release"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bruno.PostAsync(Url(ticket, "release"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _anna.PostAsync(Url(ticket, "claim"), null)).StatusCode);

        var closed = await (await _anna.PostAsJsonAsync(Url(ticket, "close"), new { outcome = "appointment", note = "martedì alle 10" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(("closed", "appointment", "martedì alle 10"), (closed.GetProperty("status").GetString(), closed.GetProperty("outcome").GetString(), closed.GetProperty("note").GetString()));
        Assert.Contains(await maria.NewMessagesAsync(), m => m.Text!.StartsWith("La chat con il volontario è finita.", StringComparison.Ordinal));
    }

    private async Task<string> TicketAsync(string chat, string tenant = "milano")
    {
        var citizen = _host.World.Citizen(chat, tenant: tenant);
        await citizen.Send("operatore");
        return (await _host.World.TicketOfAsync(citizen)).Id;
    }

    private static Uri Url(string ticket, string action) => new($"/api/handoff/{ticket}/{action}", UriKind.Relative);
}
