namespace ChatAssistant.Core.Calendar;

/// <summary>
/// Italy's national public holidays for any year (Easter Sunday by the Gregorian computus, Easter Monday after it;
/// San Francesco d'Italia, 4 October, again from 2026 by law 151/2025), plus a municipality's patron saint's day when
/// given. Desks are closed and the volunteers' chat too.
/// </summary>
public static class ItalianHolidays
{
    private static readonly (int Month, int Day)[] Fixed =
    [
        (1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26),
    ];

    public static bool IsHoliday(DateOnly day, int? patronMonth = null, int? patronDay = null)
    {
        if (Fixed.Contains((day.Month, day.Day)) || (patronMonth == day.Month && patronDay == day.Day))
        {
            return true;
        }

        if (day.Year >= 2026 && day.Month == 10 && day.Day == 4)
        {
            return true;
        }

        var easter = EasterSunday(day.Year);
        return day == easter || day == easter.AddDays(1);
    }

    /// <summary>Anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
