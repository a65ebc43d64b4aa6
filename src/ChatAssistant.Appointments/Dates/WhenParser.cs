using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatAssistant.Appointments.Dates;

/// <summary>
/// A small Italian and English parser of the ways citizens say when ("giovedì mattina", "domani alle 10", "il 3
/// dicembre", "tra una settimana", "tomorrow at 3pm"), giving a TIMEX expression. Relative days become calendar dates
/// against <c>today</c>; weekdays and dates without a year stay open (XXXX) for <see cref="WhenResolver"/>. Ours
/// because Microsoft.Recognizers.Text.DateTime cannot be restored here; the TIMEX it gives is the same language.
/// </summary>
public static partial class WhenParser
{
    private static readonly Dictionary<string, int> Weekdays = new(StringComparer.Ordinal)
    {
        ["lunedi"] = 1, ["martedi"] = 2, ["mercoledi"] = 3, ["giovedi"] = 4, ["venerdi"] = 5, ["sabato"] = 6, ["domenica"] = 7,
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
        ["mon"] = 1, ["tue"] = 2, ["wed"] = 3, ["thu"] = 4, ["fri"] = 5, ["sat"] = 6, ["sun"] = 7,
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["gennaio"] = 1, ["febbraio"] = 2, ["marzo"] = 3, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7,
        ["agosto"] = 8, ["settembre"] = 9, ["ottobre"] = 10, ["novembre"] = 11, ["dicembre"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["gen"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["mag"] = 5, ["giu"] = 6, ["lug"] = 7, ["ago"] = 8, ["set"] = 9, ["ott"] = 10, ["nov"] = 11, ["dic"] = 12,
        ["jan"] = 1, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["una"] = 1, ["uno"] = 1, ["a"] = 1, ["one"] = 1, ["due"] = 2, ["two"] = 2, ["tre"] = 3, ["three"] = 3,
        ["quattro"] = 4, ["four"] = 4, ["cinque"] = 5, ["five"] = 5, ["sei"] = 6, ["six"] = 6, ["sette"] = 7, ["seven"] = 7,
        ["otto"] = 8, ["eight"] = 8, ["nove"] = 9, ["nine"] = 9, ["dieci"] = 10, ["ten"] = 10, ["undici"] = 11, ["eleven"] = 11,
        ["dodici"] = 12, ["twelve"] = 12, ["mezzogiorno"] = 12, ["noon"] = 12, ["midday"] = 12,
    };

    /// <summary>The TIMEX of <paramref name="text"/>, or null when it names no day or time we understand.</summary>
    public static string? ToTimex(string text, DateOnly today)
    {
        var s = Normalize(text);
        var date = DatePart(s, today);
        var time = TimePart(s);
        if (date is null && time is null)
        {
            return null;
        }

        return (date ?? "") + (time is null ? "" : "T" + time);
    }

    private static string? DatePart(string s, DateOnly today)
    {
        if (Regex.IsMatch(s, @"\b(dopodomani|day after tomorrow)\b"))
        {
            return Iso(today.AddDays(2));
        }

        if (Regex.IsMatch(s, @"\b(domani|tomorrow)\b"))
        {
            return Iso(today.AddDays(1));
        }

        if (Regex.IsMatch(s, @"\b(oggi|today|stamattina|stasera|tonight|this (morning|afternoon|evening)|questo pomeriggio|oggi pomeriggio)\b"))
        {
            return Iso(today);
        }

        if (RelativeMatch().Match(s) is { Success: true } relative && Count(relative.Groups["n"].Value) is { } n)
        {
            var unit = relative.Groups["unit"].Value;
            return Iso(today.AddDays(unit.StartsWith("settiman", StringComparison.Ordinal) || unit.StartsWith("week", StringComparison.Ordinal) ? 7 * n : n));
        }

        if (Regex.IsMatch(s, @"\b(la prossima settimana|settimana prossima|next week)\b"))
        {
            return Iso(today.AddDays(7));
        }

        if (DayMonthMatch().Matches(s).FirstOrDefault(m => Months.ContainsKey(m.Groups["month"].Value)) is { } dm && Months.TryGetValue(dm.Groups["month"].Value, out var month))
        {
            return DateTimex(dm.Groups["year"].Value, month, int.Parse(dm.Groups["day"].Value, CultureInfo.InvariantCulture));
        }

        if (MonthDayMatch().Matches(s).FirstOrDefault(m => Months.ContainsKey(m.Groups["month"].Value)) is { } md && Months.TryGetValue(md.Groups["month"].Value, out var month2))
        {
            return DateTimex(md.Groups["year"].Value, month2, int.Parse(md.Groups["day"].Value, CultureInfo.InvariantCulture));
        }

        if (NumericDateMatch().Match(s) is { Success: true } nd)
        {
            return DateTimex(nd.Groups["year"].Value, int.Parse(nd.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(nd.Groups["day"].Value, CultureInfo.InvariantCulture));
        }

        foreach (var word in s.Split(' '))
        {
            if (Weekdays.TryGetValue(word, out var weekday))
            {
                return "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string? TimePart(string s)
    {
        if (ClockMatch().Matches(s).FirstOrDefault(IsClock) is { } clock && Hour(clock.Groups["h"].Value) is { } hour)
        {
            var minute = clock.Groups["m"].Success ? int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var rest = clock.Groups["rest"].Value;
            minute += rest.Contains("mezza", StringComparison.Ordinal) || rest.Contains("mezzo", StringComparison.Ordinal) || rest.Contains("half", StringComparison.Ordinal) ? 30
                : rest.Contains("quarto", StringComparison.Ordinal) ? (rest.Contains("meno", StringComparison.Ordinal) ? -15 : 15) : 0;
            var after = clock.Groups["suffix"].Value;
            if (hour < 12 && (after is "pm" or "p m" || Regex.IsMatch(rest + " " + after + " " + s[clock.Index..], @"\b(pomeriggio|sera|afternoon|evening|pm)\b")))
            {
                hour += 12;
            }
            else if (hour == 12 && after is "am" or "a m")
            {
                hour = 0;
            }
            else if (hour is >= 1 and <= 7 && after is not ("am" or "a m") && !Regex.IsMatch(s, @"\b(mattina|mattino|morning)\b"))
            {
                // Desks open by day: "alle 3" means three in the afternoon.
                hour += 12;
            }

            if (minute < 0)
            {
                hour -= 1;
                minute += 60;
            }

            if (hour is < 0 or > 23 || minute is < 0 or > 59)
            {
                return null;
            }

            return minute == 0 ? hour.ToString("D2", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}");
        }

        if (Regex.IsMatch(s, @"\b(mattina|mattino|mattinata|stamattina|morning)\b"))
        {
            return DayPart.Morning;
        }

        if (Regex.IsMatch(s, @"\b(pomeriggio|afternoon)\b"))
        {
            return DayPart.Afternoon;
        }

        return Regex.IsMatch(s, @"\b(sera|serata|stasera|evening|tonight)\b") ? DayPart.Evening : null;
    }

    /// <summary>A bare number is a day or a count; it is an hour only with "alle"/"at", minutes, "e mezza" or am/pm.</summary>
    private static bool IsClock(Match m) =>
        m.Groups["pre"].Success || m.Groups["m"].Success || m.Groups["rest"].Value.Length > 0 || m.Groups["suffix"].Success
        || m.Groups["h"].Value is "mezzogiorno" or "noon" or "midday";

    private static int? Hour(string word) =>
        int.TryParse(word, CultureInfo.InvariantCulture, out var h) ? h : Numbers.TryGetValue(word, out var n) ? n : null;

    private static int? Count(string word) => int.TryParse(word, CultureInfo.InvariantCulture, out var n) ? n : Numbers.TryGetValue(word, out var w) ? w : null;

    private static string DateTimex(string year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{(year.Length == 0 ? "XXXX" : (year.Length == 2 ? "20" + year : year))}-{month:D2}-{day:D2}");

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Lower case, no accents, "l'" and punctuation as spaces (keeping ':' '.' '/' inside numbers).</summary>
    internal static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) || c is ':' or '/' ? c : c == '.' ? '.' : ' ');
        }

        var s = Regex.Replace(plain.ToString(), @"(?<!\d)\.|\.(?!\d)", " ");
        s = Regex.Replace(s, @"(\d)(am|pm|st|nd|rd|th)\b", "$1 $2");
        s = Regex.Replace(s, @"\b(\d+) (st|nd|rd|th)\b", "$1");
        return Regex.Replace(s, @"\s+", " ").Trim();
    }

    [GeneratedRegex(@"\b(tra|fra|in|entro) (?<n>\d+|un|una|uno|a|one|due|two|tre|three|quattro|four|cinque|five|sei|six|sette|seven|dieci|ten) (?<unit>giorni|giorno|settimane|settimana|days|day|weeks|week)\b")]
    private static partial Regex RelativeMatch();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d) (di )?(?<month>[a-z]+)( (?<year>\d{4}))?\b")]
    private static partial Regex DayMonthMatch();

    [GeneratedRegex(@"\b(?<month>[a-z]+) (?<day>[0-3]?\d)(,? (?<year>\d{4}))?\b")]
    private static partial Regex MonthDayMatch();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)/(?<month>[01]?\d)(/(?<year>\d{4}|\d{2}))?\b")]
    private static partial Regex NumericDateMatch();

    [GeneratedRegex(@"\b((?<pre>alle|all|ore|verso le|at|around|per le|dalle|le|h) )?(?<h>[0-2]?\d|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|mezzogiorno|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)([:.](?<m>[0-5]\d))?(?<rest>( e mezza| e mezzo| e un quarto| e quarto| meno un quarto| meno quarto| thirty)?)( ?(?<suffix>am|pm|a m|p m|o clock|in punto))?\b(?! (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|january|february|march|april|may|june|july|august|september|october|november|december|giorni|giorno|settimane|settimana|days|day|weeks|week)\b)(?!/)")]
    private static partial Regex ClockMatch();
}
