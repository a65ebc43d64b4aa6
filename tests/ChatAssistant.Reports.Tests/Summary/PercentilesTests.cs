using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Summary;

namespace ChatAssistant.Reports.Tests.Summary;

public sealed class PercentilesTests
{
    [Fact]
    public void Of_WaitsInBuckets_GivesNearestRankToTheBucketsPrecision()
    {
        var waits = new[] { 5.0, 20, 45, 59, 125, 600, 4000 }
            .GroupBy(SecondsBuckets.Key).ToDictionary(g => g.Key, g => (long)g.Count());

        Assert.Equal(59, Percentiles.Of(waits, 50));
        Assert.Equal(3600, Percentiles.Of(waits, 90));
        Assert.Equal(5, Percentiles.Of(waits, 1));
        Assert.Null(Percentiles.Of(new Dictionary<string, long>(), 50));
    }
}
