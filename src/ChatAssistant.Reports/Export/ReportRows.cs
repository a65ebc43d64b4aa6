using System.Globalization;
using ChatAssistant.Reports.Summary;

namespace ChatAssistant.Reports.Export;

/// <summary>A summary as (section, key, value) rows: the CSV is these rows, the workbook's sheets are their sections.</summary>
public static class ReportRows
{
    public static IEnumerable<(string Section, string Key, string Value)> Of(ReportSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        yield return ("summary", "tenant", s.Tenant);
        yield return ("summary", "from", Day(s.From));
        yield return ("summary", "to", Day(s.To));
        yield return ("summary", "turns", N(s.Turns));
        yield return ("summary", "answered", N(s.Answered));
        yield return ("summary", "escalated", N(s.Escalated));
        yield return ("summary", "not_understood", N(s.NotUnderstood));
        yield return ("summary", "answered_share", N(s.AnsweredShare));
        yield return ("handoff", "claimed", N(s.Handoff.Claimed));
        yield return ("handoff", "wait_p50_seconds", N(s.Handoff.WaitP50Seconds));
        yield return ("handoff", "wait_p90_seconds", N(s.Handoff.WaitP90Seconds));
        yield return ("handoff", "closed", N(s.Handoff.Closed));
        yield return ("handoff", "handling_p50_seconds", N(s.Handoff.HandlingP50Seconds));
        yield return ("handoff", "handling_p90_seconds", N(s.Handoff.HandlingP90Seconds));
        yield return ("satisfaction", "answers", N(s.Satisfaction.Answers));
        yield return ("satisfaction", "average", N(s.Satisfaction.Average));
        foreach (var (score, count) in s.Satisfaction.Distribution)
        {
            yield return ("satisfaction", "score_" + score, N(count));
        }

        foreach (var row in Section("topic", s.ByTopic).Concat(Section("channel", s.ByChannel)).Concat(Section("day", s.ByDay)).Concat(Section("hour", s.ByHour)))
        {
            yield return row;
        }

        foreach (var q in s.NotUnderstoodTop)
        {
            yield return ("not_understood", q.Question, N(q.Count));
        }

        foreach (var d in s.Appointments)
        {
            yield return ("appointments_booked", d.Desk, N(d.Booked));
            yield return ("appointments_attended", d.Desk, N(d.Attended));
            yield return ("appointments_no_show", d.Desk, N(d.NoShow));
        }
    }

    private static IEnumerable<(string, string, string)> Section(string section, IReadOnlyDictionary<string, long> counts) =>
        counts.Select(c => (section, c.Key, N(c.Value)));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
