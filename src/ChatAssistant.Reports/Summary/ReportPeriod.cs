using System.Globalization;

namespace ChatAssistant.Reports.Summary;

/// <summary>A report's days, both inclusive, checked: a reversed, absurd or too long range is refused with a reason.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static ReportPeriod? Parse(string? from, string? to, int maxDays, out string? problem)
    {
        if (!TryDay(from, out var start) || !TryDay(to, out var end))
        {
            problem = "Give 'from' and 'to' as dates yyyy-MM-dd, e.g. from=2026-11-01&to=2026-11-30.";
            return null;
        }

        if (start < Earliest || end > Latest)
        {
            problem = "Dates must fall between 2000-01-01 and 2100-12-31.";
            return null;
        }

        if (end < start)
        {
            problem = $"'to' ({to}) is before 'from' ({from}).";
            return null;
        }

        var period = new ReportPeriod(start, end);
        if (period.Days > maxDays)
        {
            problem = $"A report covers at most {maxDays} days; this one asks for {period.Days}.";
            return null;
        }

        problem = null;
        return period;
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
