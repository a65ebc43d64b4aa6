using ChatAssistant.Appointments.Dates;

namespace ChatAssistant.Appointments.Tests.Dates;

/// <summary>TIMEX resolved with TimexExpression against Saturday 5 December 2026: open dates go to the nearest from today on.</summary>
public sealed class WhenResolverTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void Resolve_WeekdayMorning_IsNextThursdayBetweenSixAndNoon()
    {
        var when = WhenResolver.Resolve("XXXX-WXX-4TMO", Today)!;

        Assert.Equal(new DateOnly(2026, 12, 10), when.Day);
        Assert.True(when.Matches(new TimeOnly(9, 30)));
        Assert.False(when.Matches(new TimeOnly(14, 0)));
    }

    [Theory]
    [InlineData("XXXX-12-03", "2027-12-03")]
    [InlineData("XXXX-12-10", "2026-12-10")]
    [InlineData("XXXX-01-15", "2027-01-15")]
    [InlineData("2025-12-20", "2025-12-20")]
    [InlineData("XXXX-WXX-1", "2026-12-07")]
    public void Resolve_Date_GivesTheDay(string timex, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), WhenResolver.Resolve(timex, Today)!.Day);

    [Fact]
    public void Resolve_DateAndTime_GivesBoth_TimeAloneGivesNoDay()
    {
        var tomorrow = WhenResolver.Resolve("2026-12-06T15", Today)!;
        var timeOnly = WhenResolver.Resolve("T10:30", Today)!;

        Assert.Equal((new DateOnly(2026, 12, 6), new TimeOnly(15, 0)), (tomorrow.Day!.Value, tomorrow.Time!.Value));
        Assert.Null(timeOnly.Day);
        Assert.Equal(new TimeOnly(10, 30), timeOnly.Time);
    }
}
