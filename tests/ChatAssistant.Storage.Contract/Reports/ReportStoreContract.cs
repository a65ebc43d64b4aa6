using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Reports;
using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Export;
using ChatAssistant.Reports.Storage;
using ChatAssistant.Reports.Summary;
using ClosedXML.Excel;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Storage.Contract.Reports;

/// <summary>The reports' counters: exact figures in the JSON and in the workbook, concurrent adds, restart, purge.</summary>
public abstract class ReportStoreContract : StoreContract
{
    protected IReportStore Reports => ReportsOf(Stores);

    protected abstract IReportStore ReportsOf(StoreSet stores);

    private ReportService Service => new(Reports, Options.Create(new ReportOptions()));

    private static ReportPeriod November => new(ReportSeed.From, ReportSeed.To);

    [Fact]
    public async Task Summary_SeededMonth_GivesExactFiguresAsJson()
    {
        await Reports.AddAsync(ReportSeed.Counters(), 200);

        var json = JsonNode.Parse(JsonSerializer.Serialize(await Service.SummarizeAsync(ReportSeed.Tenant, November), JsonSerializerOptions.Web))!;

        Assert.Equal(7, (long)json["turns"]!);
        Assert.Equal(4, (long)json["answered"]!);
        Assert.Equal(1, (long)json["escalated"]!);
        Assert.Equal(2, (long)json["notUnderstood"]!);
        Assert.Equal(0.5714, (double)json["answeredShare"]!);
        Assert.Equal("""{"spid-ottenere":3,"none":2,"cie-richiedere":1,"handoff":1}""", json["byTopic"]!.ToJsonString());
        Assert.Equal("""{"telegram":6,"directline":1}""", json["byChannel"]!.ToJsonString());
        Assert.Equal(30, json["byDay"]!.AsObject().Count);
        Assert.Equal(4, (long)json["byDay"]!["2026-11-02"]!);
        Assert.Equal(3, (long)json["byDay"]!["2026-11-03"]!);
        Assert.Equal(0, (long)json["byDay"]!["2026-11-30"]!);
        Assert.Equal(3, (long)json["byHour"]!["09"]!);
        Assert.Equal(3, (long)json["byHour"]!["10"]!);
        Assert.Equal(1, (long)json["byHour"]!["17"]!);
        Assert.Equal(ReportSeed.RedactedQuestion, (string)json["notUnderstoodTop"]![0]!["question"]!);
        Assert.Equal(2, (long)json["notUnderstoodTop"]![0]!["count"]!);
        Assert.Equal(4, (long)json["handoff"]!["claimed"]!);
        Assert.Equal(60, (double)json["handoff"]!["waitP50Seconds"]!);
        Assert.Equal(600, (double)json["handoff"]!["waitP90Seconds"]!);
        Assert.Equal(300, (double)json["handoff"]!["handlingP50Seconds"]!);
        Assert.Equal(900, (double)json["handoff"]!["handlingP90Seconds"]!);
        Assert.Equal(3.75, (double)json["satisfaction"]!["average"]!);
        Assert.Equal("""{"1":0,"2":1,"3":0,"4":2,"5":1}""", json["satisfaction"]!["distribution"]!.ToJsonString());
        Assert.Equal("""[{"desk":"centro","booked":2,"attended":1,"noShow":1},{"desk":"nord","booked":1,"attended":0,"noShow":0}]""",
            json["appointments"]!.ToJsonString());
    }

    [Fact]
    public async Task Export_SeededMonth_WorkbookReadBackHoldsTheSameFigures()
    {
        await Reports.AddAsync(ReportSeed.Counters(), 200);

        using var workbook = new XLWorkbook(new MemoryStream(XlsxExport.Write(await Service.SummarizeAsync(ReportSeed.Tenant, November))));

        Assert.Equal(7, Value(workbook, "summary", "turns"));
        Assert.Equal(0.5714, Value(workbook, "summary", "answered_share"));
        Assert.Equal(3, Value(workbook, "topic", "spid-ottenere"));
        Assert.Equal(6, Value(workbook, "channel", "telegram"));
        Assert.Equal(4, Value(workbook, "day", "2026-11-02"));
        Assert.Equal(2, Value(workbook, "not_understood", ReportSeed.RedactedQuestion));
        Assert.Equal(60, Value(workbook, "handoff", "wait_p50_seconds"));
        Assert.Equal(600, Value(workbook, "handoff", "wait_p90_seconds"));
        Assert.Equal(3.75, Value(workbook, "satisfaction", "average"));
        Assert.Equal(1, Value(workbook, "appointments_no_show", "centro"));
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.GetString().Contains("Rossi", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AddAsync_TwoWritersOnTheSameCounters_CountsEveryIncrement()
    {
        var one = new UsageCounter("milano", ReportSeed.From, Dimensions.Topic, "spid-ottenere", 1);
        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await Reports.AddAsync([one, one with { Dimension = Dimensions.Outcome, Key = "answered" }], 200);
            }
        }));

        await Task.WhenAll(writers);

        var totals = await Reports.ReadAsync("milano", ReportSeed.From, ReportSeed.To, 20);
        Assert.Equal(100, totals.Single(t => t.Dimension == Dimensions.Topic).Count);
        Assert.Equal(100, totals.Single(t => t.Dimension == Dimensions.Outcome).Count);
    }

    [Fact]
    public async Task ReadAsync_AfterRestart_FindsTheCountersAndTopQuestionsMostFirst()
    {
        await Reports.AddAsync(
        [
            new UsageCounter("milano", ReportSeed.From, Dimensions.Question, "b", 1),
            new UsageCounter("milano", ReportSeed.From, Dimensions.Question, "a", 5),
            new UsageCounter("milano", ReportSeed.From.AddDays(1), Dimensions.Question, "c", 2),
            new UsageCounter("milano", ReportSeed.From.AddDays(1), Dimensions.Question, "b", 3),
        ], 200);

        await ReopenAsync();

        var questions = (await Reports.ReadAsync("milano", ReportSeed.From, ReportSeed.To, 2)).Where(t => t.Dimension == Dimensions.Question).ToList();
        Assert.Equal([("a", 5L), ("b", 4L)], questions.Select(q => (q.Key, q.Count)));
    }

    [Fact]
    public async Task AddAsync_PastTheDaysQuestionCap_CountsNewQuestionsAsOthers()
    {
        UsageCounter Question(string text, int day = 0) => new("milano", ReportSeed.From.AddDays(day), Dimensions.Question, text, 1);
        await Reports.AddAsync([Question("a"), Question("b"), Question("c"), Question("x", day: 1)], 2);
        await Reports.AddAsync([Question("a"), Question("d")], 2);

        var questions = (await Reports.ReadAsync("milano", ReportSeed.From, ReportSeed.To, 20))
            .Where(t => t.Dimension == Dimensions.Question).ToDictionary(t => t.Key, t => t.Count);

        Assert.Equal(new Dictionary<string, long> { ["a"] = 2, ["b"] = 1, [Dimensions.OtherQuestions] = 2, ["x"] = 1 }, questions);
    }

    [Fact]
    public async Task PurgeBeforeAsync_DeletesOlderDaysOnly()
    {
        await Reports.AddAsync(
        [
            new UsageCounter("milano", new DateOnly(2024, 1, 1), Dimensions.Topic, "x", 1),
            new UsageCounter("cremona", new DateOnly(2024, 1, 1), Dimensions.Topic, "x", 1),
            new UsageCounter("milano", new DateOnly(2024, 1, 2), Dimensions.Topic, "x", 1),
        ], 200);

        Assert.Equal(2, await Reports.PurgeBeforeAsync(new DateOnly(2024, 1, 2)));

        var left = await Reports.ReadAsync("milano", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31), 20);
        Assert.Equal(1, Assert.Single(left).Count);
        Assert.Equal(0, await Reports.PurgeBeforeAsync(new DateOnly(2024, 1, 2)));
    }

    private static double Value(XLWorkbook workbook, string sheet, string key) =>
        workbook.Worksheet(sheet).RowsUsed().Single(r => r.Cell(1).GetString() == key).Cell(2).GetDouble();
}
