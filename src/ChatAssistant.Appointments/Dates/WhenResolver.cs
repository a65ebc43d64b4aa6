using System.Globalization;
using Microsoft.Recognizers.Text.DataTypes.TimexExpression;

namespace ChatAssistant.Appointments.Dates;

/// <summary>
/// Turns a TIMEX into the day and time to look for, with TimexExpression: an open date (a weekday, a day without year)
/// resolves to the nearest one from today on; a date given in full is kept even when past, so the flow can say so.
/// </summary>
public static class WhenResolver
{
    public static WhenRequest? Resolve(string timex, DateOnly today)
    {
        TimexProperty property;
        try
        {
            property = new TimexProperty(timex);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return null;
        }

        var day = Day(timex, property, today);
        var range = DayPart.Range(property.PartOfDay);
        TimeOnly? time = property.Hour is { } hour ? new TimeOnly(hour, property.Minute ?? 0) : null;
        return day is null && time is null && range is null ? null : new WhenRequest(timex, day, time, range?.From, range?.To);
    }

    /// <summary>Resolves "the last Thursday" and "the next" (or last year's and this year's 3 December) and keeps the first from today on.</summary>
    private static DateOnly? Day(string timex, TimexProperty property, DateOnly today)
    {
        if (property.Year is { } year && property.Month is { } month && property.DayOfMonth is { } dayOfMonth)
        {
            return DateOnly.TryParseExact(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{dayOfMonth:D2}"), "yyyy-MM-dd", out var exact) ? exact : null;
        }

        if (property.DayOfWeek is null && (property.Month is null || property.DayOfMonth is null))
        {
            return null;
        }

        var datePart = timex.Split('T')[0];
        var candidates = TimexResolver.Resolve([datePart], today.ToDateTime(TimeOnly.MinValue)).Values
            .Select(entry => DateOnly.TryParseExact(entry.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>()
            .ToList();
        var upcoming = candidates.Where(d => d >= today).Order().ToList();
        if (upcoming.Count > 0)
        {
            return upcoming[0];
        }

        return candidates.Count > 0 && property.DayOfWeek is null ? candidates.Max().AddYears(1) : candidates.Count > 0 ? candidates.Max().AddDays(7) : null;
    }
}
