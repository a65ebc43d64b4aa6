using System.Globalization;

namespace ChatAssistant.Reports.Events;

/// <summary>
/// Waits and handling times are kept as histograms, not one record each, so a year of them stays a few thousand
/// counters. A bucket is named by its lower bound in seconds: exact to the second under a minute, to 10 s under 10
/// minutes, to the minute under an hour, to 10 minutes under a day, to the hour beyond. Percentiles are that precise.
/// </summary>
public static class SecondsBuckets
{
    public static long LowerBound(double seconds)
    {
        var s = (long)Math.Floor(Math.Max(0, seconds));
        return s switch
        {
            < 60 => s,
            < 600 => s / 10 * 10,
            < 3600 => s / 60 * 60,
            < 86_400 => s / 600 * 600,
            _ => s / 3600 * 3600,
        };
    }

    public static string Key(double seconds) => LowerBound(seconds).ToString(CultureInfo.InvariantCulture);
}
