using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.CivicReports.Tests.Support;
using ChatAssistant.Core.Activities;

namespace ChatAssistant.CivicReports.Tests.Api;

/// <summary>/api/civic-reports: staff of the tenant list, read and move reports forward; the citizen is told on their channel.</summary>
public sealed class CivicReportsApiTests : IAsyncLifetime
{
    private const string Volunteer = "volunteer milano";
    private readonly CivicWorld _world = new();
    private string _telegramCode = "";
    private string _webCode = "";

    public async Task InitializeAsync()
    {
        _world.Files.Add("p1", TelegramFilesOnTheOtherSide.Jpeg);
        _telegramCode = await FileAsync(_world.Chat("201"), "Strade e buche", "Buca in via Roma davanti al bar", photo: "p1");
        _webCode = await FileAsync(_world.Chat("web-2", ChannelIds.DirectLine), "Rifiuti", "Sacchi abbandonati in via Padova");
    }

    private async Task<string> FileAsync(CivicWorld.Citizen chat, string category, string description, string? photo = null)
    {
        await chat.Send("menu").Press("Segnala un problema").Press(category).Send(description).Send("Via Roma 3");
        if (photo is not null)
        {
            await chat.SendFile(photo, TelegramFilesOnTheOtherSide.Jpeg.Length);
        }

        await chat.Press("Sì");
        return (await _world.Reports.ListAsync("milano", null, null, 50))[0].Code;
    }

    [Fact]
    public async Task List_OfTheTenant_FiltersByStatusAndCategory()
    {
        var all = await ReadAsync<JsonArray>(await _world.ApiAsync(Volunteer, HttpMethod.Get, "/api/civic-reports"));
        Assert.Equal([_webCode, _telegramCode], all.Select(r => r!["code"]!.GetValue<string>()));
        Assert.DoesNotContain("citizen", all.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        var waste = await ReadAsync<JsonArray>(await _world.ApiAsync(Volunteer, HttpMethod.Get, "/api/civic-reports?tenant=milano&category=rifiuti&status=received"));
        Assert.Equal(_webCode, Assert.Single(waste)!["code"]!.GetValue<string>());
        Assert.Empty(await ReadAsync<JsonArray>(await _world.ApiAsync(Volunteer, HttpMethod.Get, "/api/civic-reports?status=closed")));
    }

    [Fact]
    public async Task MoveToTheOffice_ThenClose_TellsTheTelegramCitizenEachTime_ThroughTheOutbox()
    {
        var moved = await _world.ApiAsync("coordinator milano", HttpMethod.Post, $"/api/civic-reports/{_telegramCode}/status", new { status = "sent-to-office" });
        Assert.Equal("sent-to-office", (await ReadAsync<JsonObject>(moved))["status"]!.GetValue<string>());
        await _world.ApiAsync(Volunteer, HttpMethod.Post, $"/api/civic-reports/{_telegramCode.ToLowerInvariant()}/status",
            new { status = "closed", note = "La buca è stata chiusa ieri." });

        var sent = (await _world.SendOutboxAsync()).Where(m => m.Id.StartsWith("civic:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, m => Assert.Equal("201", m.ChatId));
        Assert.Equal($"Novità sulla segnalazione {_telegramCode}: ora è mandata all'ufficio del Comune.", sent[0].Text);
        Assert.Equal($"Novità sulla segnalazione {_telegramCode}: ora è chiusa.\nMessaggio dal Comune: La buca è stata chiusa ieri.", sent[1].Text);
        await _world.Chat("201").Send($"stato segnalazione {_telegramCode}").Says("è chiusa").Says("La buca è stata chiusa ieri.");
    }

    [Fact]
    public async Task Move_WebChatCitizen_IsToldInTheirTranscript_NotThroughTheOutbox()
    {
        await _world.ApiAsync(Volunteer, HttpMethod.Post, $"/api/civic-reports/{_webCode}/status", new { status = "closed" });

        var transcript = await _world.Conversations.ReadTranscriptAsync(ConversationKey.Of(ChannelIds.DirectLine, "web-2"), 0, 100);
        Assert.Contains(transcript, e => ActivityJson.Deserialize(e.ActivityJson).Text == $"Novità sulla segnalazione {_webCode}: ora è chiusa.");
        Assert.DoesNotContain(await _world.SendOutboxAsync(), m => m.Id.Contains(_webCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Photo_ServedToStaffOfTheTenantOnly_NeverCached()
    {
        var photo = await _world.ApiAsync(Volunteer, HttpMethod.Get, $"/api/civic-reports/{_telegramCode}/photo");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TelegramFilesOnTheOtherSide.Jpeg, await photo.Content.ReadAsByteArrayAsync());
        Assert.Contains("no-store", photo.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _world.ApiAsync("", HttpMethod.Get, $"/api/civic-reports/{_telegramCode}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _world.ApiAsync("volunteer cremona", HttpMethod.Get, $"/api/civic-reports/{_telegramCode}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _world.ApiAsync(Volunteer, HttpMethod.Get, $"/api/civic-reports/{_webCode}/photo")).StatusCode);
    }

    [Theory]
    [InlineData("committee milano", "GET", "", null, HttpStatusCode.Forbidden)]
    [InlineData("", "GET", "", null, HttpStatusCode.Unauthorized)]
    [InlineData("volunteer cremona", "GET", "/{code}", null, HttpStatusCode.NotFound)]
    [InlineData("volunteer milano", "GET", "?tenant=cremona", null, HttpStatusCode.NotFound)]
    [InlineData("volunteer milano", "GET", "?status=lost", null, HttpStatusCode.BadRequest)]
    [InlineData("volunteer milano", "GET", "?category=potholes", null, HttpStatusCode.BadRequest)]
    [InlineData("volunteer milano", "GET", "/ZZZ999", null, HttpStatusCode.NotFound)]
    [InlineData("volunteer milano", "POST", "/{code}/status", "lost", HttpStatusCode.BadRequest)]
    [InlineData("volunteer milano", "POST", "/{code}/status", "received", HttpStatusCode.Conflict)]
    [InlineData("volunteer cremona", "POST", "/{code}/status", "closed", HttpStatusCode.NotFound)]
    [InlineData("committee milano", "POST", "/{code}/status", "closed", HttpStatusCode.Forbidden)]
    public async Task Refusals_AreProblemDetailsWithAReason(string staff, string method, string path, string? status, HttpStatusCode expected)
    {
        var response = await _world.ApiAsync(staff, new HttpMethod(method), "/api/civic-reports" + path.Replace("{code}", _telegramCode, StringComparison.Ordinal),
            method == "POST" ? new { status } : null);

        Assert.Equal(expected, response.StatusCode);
        if (expected is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.NotFound)
        {
            var problem = await ReadAsync<JsonObject>(response);
            Assert.False(string.IsNullOrEmpty(problem["detail"]?.GetValue<string>()));
        }

        Assert.Equal(CivicReportStatus.Received, (await _world.Reports.GetAsync("milano", _telegramCode))!.Status);
    }

    [Fact]
    public async Task Move_Backwards_Is409WithTheReason_AndTheCitizenIsNotToldAgain()
    {
        await _world.ApiAsync(Volunteer, HttpMethod.Post, $"/api/civic-reports/{_telegramCode}/status", new { status = "closed" });

        var again = await _world.ApiAsync(Volunteer, HttpMethod.Post, $"/api/civic-reports/{_telegramCode}/status", new { status = "sent-to-office" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("only moves forward", (await ReadAsync<JsonObject>(again))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var notices = (await _world.SendOutboxAsync()).Count(m => m.Id.StartsWith("civic:", StringComparison.Ordinal));
        Assert.Equal(1, notices);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response) where T : JsonNode =>
        (T)(await response.Content.ReadFromJsonAsync<JsonNode>())!;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
