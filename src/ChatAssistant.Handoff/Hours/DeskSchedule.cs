using ChatAssistant.Core.Calendar;
using System.Globalization;
using System.Text;

namespace ChatAssistant.Handoff.Hours;

/// <summary>
/// When volunteers answer the chat: weekly windows in the municipality's time zone, minus national holidays and the
/// municipality's own closures. No windows at all means always open (a tenant that set no hours).
/// </summary>
public sealed class DeskSchedule(IReadOnlyList<OpeningWindow> windows, IReadOnlySet<DateOnly> closures, TimeZoneInfo timeZone)
{
    /// <summary>How far ahead the next opening is looked for: past this, the desk is taken as closed for good.</summary>
    private const int SearchDays = 60;

    public static DeskSchedule AlwaysOpen { get; } = new([], new HashSet<DateOnly>(), TimeZoneInfo.Utc);

    public IReadOnlyList<OpeningWindow> Windows { get; } = windows;

    public bool IsAlwaysOpen => Windows.Count == 0;

    public bool IsOpen(DateTimeOffset instant)
    {
        if (IsAlwaysOpen)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return !IsClosedDay(day) && Windows.Any(w => w.Day == local.DayOfWeek && time >= w.From && time < w.To);
    }

    /// <summary>The next instant the desk opens after <paramref name="instant"/> (itself when open), or null when none is set within 60 days.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset instant)
    {
        if (IsOpen(instant))
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var today = DateOnly.FromDateTime(local.DateTime);
        for (var offset = 0; offset <= SearchDays; offset++)
        {
            var day = today.AddDays(offset);
            if (IsClosedDay(day))
            {
                continue;
            }

            foreach (var window in Windows.Where(w => w.Day == day.DayOfWeek).OrderBy(w => w.From))
            {
                var start = day.ToDateTime(window.From);
                var opening = new DateTimeOffset(start, timeZone.GetUtcOffset(start));
                if (opening > instant)
                {
                    return opening;
                }
            }
        }

        return null;
    }

    /// <summary>The weekly hours in plain words, e.g. "lun 9:00–13:00, mar 9:00–13:00".</summary>
    public string Describe(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "it-IT");
        var text = new StringBuilder();
        foreach (var group in Windows.GroupBy(w => w.Day).OrderBy(g => ((int)g.Key + 6) % 7))
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(culture.DateTimeFormat.GetAbbreviatedDayName(group.Key)).Append(' ')
                .AppendJoin(" e ", group.OrderBy(w => w.From).Select(w => $"{w.From:H\\:mm}–{w.To:H\\:mm}"));
        }

        return text.ToString();
    }

    /// <summary>The instant in the municipality's local time, for telling citizens.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, timeZone);

    private bool IsClosedDay(DateOnly day) => ItalianHolidays.IsHoliday(day) || closures.Contains(day);
}
