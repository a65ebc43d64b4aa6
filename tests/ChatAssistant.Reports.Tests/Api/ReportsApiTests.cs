using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Host.Tests.Support;
using ChatAssistant.Storage.Contract.Reports;
using ClosedXML.Excel;

namespace ChatAssistant.Reports.Tests.Api;

/// <summary>/api/reports through the real host: a coordinator's figures, the files, and every refusal with its status.</summary>
public sealed class ReportsApiTests(ReportsHostFixture fixture) : IClassFixture<ReportsHostFixture>
{
    private const string November = "tenant=milano&from=2026-11-01&to=2026-11-30";

    [Fact]
    public async Task Summary_Coordinator_GetsTheMonthsFigures()
    {
        using var response = await GetAsync("api/reports/summary?" + November, fixture.Coordinator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(7, (long)json["turns"]!);
        Assert.Equal("""{"spid-ottenere":3,"none":2,"cie-richiedere":1,"handoff":1}""", json["byTopic"]!.ToJsonString());
        Assert.Equal("""{"telegram":6,"directline":1}""", json["byChannel"]!.ToJsonString());
        Assert.Equal(ReportSeed.RedactedQuestion, (string)json["notUnderstoodTop"]![0]!["question"]!);
        Assert.Equal(60, (double)json["handoff"]!["waitP50Seconds"]!);
    }

    [Fact]
    public async Task Export_Xlsx_OpensWithTheSameFigures()
    {
        using var response = await GetAsync("api/reports/export?format=xlsx&" + November, fixture.Coordinator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("report-milano-2026-11-01-2026-11-30.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var topics = workbook.Worksheet("topic").RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetDouble());
        Assert.Equal(3, topics["spid-ottenere"]);
        Assert.Equal(3.75, workbook.Worksheet("satisfaction").RowsUsed().Single(r => r.Cell(1).GetString() == "average").Cell(2).GetDouble());
    }

    [Fact]
    public async Task Export_Csv_HasOneRowPerFigure()
    {
        using var response = await GetAsync("api/reports/export?format=csv&" + November, fixture.Coordinator);

        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("section,key,value\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nsummary,turns,7\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nchannel,directline,1\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nappointments_booked,centro,2\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_Volunteer_IsForbidden()
    {
        using var response = await GetAsync("api/reports/summary?" + November, fixture.Volunteer);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Summary_NotSignedIn_IsUnauthorized()
    {
        using var response = await fixture.Host.Client.GetAsync(new Uri("api/reports/summary?" + November, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("api/reports/summary?tenant=milano&from=2026-11-30&to=2026-11-01", HttpStatusCode.BadRequest, "is before")]
    [InlineData("api/reports/summary?tenant=milano&from=2026-02-30&to=2026-03-01", HttpStatusCode.BadRequest, "yyyy-MM-dd")]
    [InlineData("api/reports/summary?tenant=milano&from=1000-01-01&to=2026-03-01", HttpStatusCode.BadRequest, "between 2000-01-01")]
    [InlineData("api/reports/summary?tenant=cremona&from=2026-11-01&to=2026-11-30", HttpStatusCode.NotFound, "among yours")]
    [InlineData("api/reports/summary?tenant=atlantide&from=2026-11-01&to=2026-11-30", HttpStatusCode.NotFound, "atlantide")]
    [InlineData("api/reports/export?format=pdf&tenant=milano&from=2026-11-01&to=2026-11-30", HttpStatusCode.BadRequest, "format=xlsx")]
    public async Task BadInput_IsAProblemWithItsReason(string url, HttpStatusCode status, string reason)
    {
        using var response = await GetAsync(url, fixture.Coordinator);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(reason, (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitizenMessageNotUnderstood_ReachesTheReportRedacted_AndMetricsCountIt()
    {
        var chat = new DirectLineClient(fixture.Host.Client);
        await chat.StartAsync("milano");
        await chat.SendAsync("Sono Giulia Bianchi, scrivo a giulia.b@example.com: il frigorifero fa un rumore strano");
        var today = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = TimeProvider.System.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = TimeProvider.System.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        JsonObject? json = null;
        for (var attempt = 0; attempt < 50 && (json is null || (long)json["turns"]! == 0); attempt++)
        {
            await Task.Delay(200);
            using var response = await GetAsync($"api/reports/summary?tenant=milano&from={yesterday}&to={tomorrow}", fixture.Coordinator);
            json = await response.Content.ReadFromJsonAsync<JsonObject>();
        }

        Assert.Equal(1, (long)json!["byChannel"]!["directline"]!);
        var questions = json["notUnderstoodTop"]!.AsArray().Select(q => (string)q!["question"]!).ToList();
        var question = Assert.Single(questions);
        Assert.Equal("[nome], scrivo a [email]: il frigorifero fa un rumore strano", question);
        Assert.True((long)json["byDay"]![today]! >= 1);

        var metrics = await fixture.Host.Client.GetStringAsync(new Uri("metrics", UriKind.Relative));
        Assert.Contains("chatassistant_turns_total{tenant=\"milano\",channel=\"directline\",outcome=\"not-understood\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("chatassistant_handoff_queue_length{tenant=\"milano\",status=\"waiting\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("chatassistant_outbox_messages{tenant=\"milano\",state=\"pending\"}", metrics, StringComparison.Ordinal);

        // The store's commit latency comes from its .NET meter, which prometheus-net listens to from the first scrape
        // on; the host commits every few seconds (lease renewals), so the next scrapes show it.
        var later = metrics;
        for (var attempt = 0; attempt < 40 && !later.Contains("chatassistant_storage_chatassistant_store_commit_duration_count", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(250);
            later = await fixture.Host.Client.GetStringAsync(new Uri("metrics", UriKind.Relative));
        }

        Assert.Contains("chatassistant_storage_chatassistant_store_commit_duration_count", later, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> GetAsync(string url, string token) =>
        fixture.Host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)).WithBearer(token));
}
