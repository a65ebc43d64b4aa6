using ChatAssistant.Reports.Summary;

namespace ChatAssistant.Reports.Tests.Summary;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-11-30", "2026-11-01", "is before")]
    [InlineData("2026-13-01", "2026-12-31", "yyyy-MM-dd")]
    [InlineData("01/11/2026", "2026-11-30", "yyyy-MM-dd")]
    [InlineData(null, "2026-11-30", "yyyy-MM-dd")]
    [InlineData("1900-01-01", "1900-12-31", "between 2000-01-01")]
    [InlineData("2020-01-01", "2026-12-31", "at most 1100 days")]
    public void Parse_BadRange_IsRefusedWithAReason(string? from, string? to, string reason)
    {
        Assert.Null(ReportPeriod.Parse(from, to, 1100, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneDay_IsBothEndsInclusive()
    {
        var period = ReportPeriod.Parse("2026-11-05", "2026-11-05", 1100, out _);

        Assert.Equal(1, period!.Days);
    }
}
