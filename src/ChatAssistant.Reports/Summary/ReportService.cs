using System.Globalization;
using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Reports.Summary;

/// <summary>Reads a period's counters (one store call) and shapes them into a <see cref="ReportSummary"/>.</summary>
public sealed class ReportService(IReportStore store, IOptions<ReportOptions> options)
{
    public async Task<ReportSummary> SummarizeAsync(string tenantId, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var totals = await store.ReadAsync(tenantId, period.From, period.To, options.Value.TopQuestions, cancellationToken);
        var summed = totals.Where(t => t.Day is null).ToLookup(t => t.Dimension);
        var outcome = Sum(totals.Where(t => t.Dimension == Dimensions.Outcome));
        var turns = outcome.Values.Sum();
        var answered = outcome.GetValueOrDefault(UsageRollup.OutcomeKey(Core.Events.UsageOutcome.Answered));
        var wait = Sum(summed[Dimensions.Wait]);
        var handling = Sum(summed[Dimensions.Handling]);
        var scores = Sum(summed[Dimensions.Score]);
        var scoreCount = scores.Values.Sum();

        return new ReportSummary
        {
            Tenant = tenantId,
            From = period.From,
            To = period.To,
            TimeZone = options.Value.TimeZone,
            Turns = turns,
            Answered = answered,
            Escalated = outcome.GetValueOrDefault(UsageRollup.OutcomeKey(Core.Events.UsageOutcome.Escalated)),
            NotUnderstood = outcome.GetValueOrDefault(UsageRollup.OutcomeKey(Core.Events.UsageOutcome.NotUnderstood)),
            AnsweredShare = turns == 0 ? 0 : Math.Round((double)answered / turns, 4),
            ByTopic = MostFirst(Sum(summed[Dimensions.Topic])),
            ByChannel = MostFirst(Sum(summed[Dimensions.Channel])),
            ByDay = ByDay(totals, period),
            ByHour = Enumerable.Range(0, 24).Select(h => h.ToString("00", CultureInfo.InvariantCulture))
                .ToDictionary(h => h, h => Sum(summed[Dimensions.Hour]).GetValueOrDefault(h)),
            NotUnderstoodTop = summed[Dimensions.Question]
                .OrderByDescending(q => q.Count).ThenBy(q => q.Key, StringComparer.Ordinal)
                .Take(options.Value.TopQuestions).Select(q => new QuestionCount(q.Key, q.Count)).ToList(),
            Handoff = new HandoffFigures(wait.Values.Sum(), Percentiles.Of(wait, 50), Percentiles.Of(wait, 90),
                handling.Values.Sum(), Percentiles.Of(handling, 50), Percentiles.Of(handling, 90)),
            Satisfaction = new SatisfactionFigures(scoreCount,
                scoreCount == 0 ? null : Math.Round(scores.Sum(s => long.Parse(s.Key, CultureInfo.InvariantCulture) * s.Value) / (double)scoreCount, 2),
                Enumerable.Range(1, 5).Select(s => s.ToString(CultureInfo.InvariantCulture)).ToDictionary(s => s, s => scores.GetValueOrDefault(s))),
            Appointments = Appointments(summed),
        };
    }

    private static Dictionary<string, long> Sum(IEnumerable<UsageTotal> totals) =>
        totals.GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(t => t.Count), StringComparer.Ordinal);

    private static Dictionary<string, long> MostFirst(Dictionary<string, long> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    private static Dictionary<string, long> ByDay(IReadOnlyList<UsageTotal> totals, ReportPeriod period)
    {
        var perDay = totals.Where(t => t.Dimension == Dimensions.Outcome && t.Day is not null)
            .GroupBy(t => t.Day!.Value).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
        return Enumerable.Range(0, period.Days).Select(period.From.AddDays)
            .ToDictionary(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d => perDay.GetValueOrDefault(d), StringComparer.Ordinal);
    }

    private static List<DeskAppointments> Appointments(ILookup<string, UsageTotal> summed)
    {
        var booked = Sum(summed[Dimensions.Booked]);
        var attended = Sum(summed[Dimensions.Attended]);
        var noShow = Sum(summed[Dimensions.NoShow]);
        return booked.Keys.Union(attended.Keys).Union(noShow.Keys).Order(StringComparer.Ordinal)
            .Select(d => new DeskAppointments(d, booked.GetValueOrDefault(d), attended.GetValueOrDefault(d), noShow.GetValueOrDefault(d)))
            .ToList();
    }
}
