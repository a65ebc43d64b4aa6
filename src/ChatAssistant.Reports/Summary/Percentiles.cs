using System.Globalization;

namespace ChatAssistant.Reports.Summary;

/// <summary>Nearest-rank percentiles over a histogram whose keys are bucket lower bounds in seconds.</summary>
public static class Percentiles
{
    public static double? Of(IReadOnlyDictionary<string, long> histogram, double percentile)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var buckets = histogram
            .Select(b => (Seconds: long.Parse(b.Key, CultureInfo.InvariantCulture), b.Value))
            .Where(b => b.Value > 0)
            .OrderBy(b => b.Seconds)
            .ToList();
        var total = buckets.Sum(b => b.Value);
        if (total == 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(percentile / 100 * total);
        long seen = 0;
        foreach (var (seconds, count) in buckets)
        {
            seen += count;
            if (seen >= Math.Max(1, rank))
            {
                return seconds;
            }
        }

        return buckets[^1].Seconds;
    }
}
