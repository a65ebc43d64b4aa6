using ChatAssistant.Core.Calendar;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Slots;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Core.Configuration;

namespace ChatAssistant.Appointments.Tests.Desks;

/// <summary>Holidays and closures hide slots; the nights the clocks change keep the desk's wall-clock hours (issue 15).</summary>
public sealed class CalendarTests
{
    [Theory]
    [InlineData(2026, 4, 6)]   // Easter Monday 2026
    [InlineData(2027, 3, 29)]  // Easter Monday 2027
    [InlineData(2026, 12, 8)]
    [InlineData(2026, 6, 2)]
    [InlineData(2026, 12, 26)]
    public void IsHoliday_NationalHolidays_AreClosed(int year, int month, int day) =>
        Assert.True(ItalianHolidays.IsHoliday(new DateOnly(year, month, day)));

    [Fact]
    public void IsHoliday_PatronDay_OnlyWhereItIsThePatron()
    {
        Assert.True(ItalianHolidays.IsHoliday(new DateOnly(2026, 12, 7), 12, 7));
        Assert.False(ItalianHolidays.IsHoliday(new DateOnly(2026, 12, 7), 11, 13));
        Assert.True(ItalianHolidays.IsHoliday(new DateOnly(2026, 11, 13), 11, 13));
        Assert.False(ItalianHolidays.IsHoliday(new DateOnly(2026, 12, 9)));
    }

    [Fact]
    public void On_HolidayPatronDayAndClosure_HaveNoSlots_AnOrdinaryDayHasSix()
    {
        var tenant = TestDesks.Milano(closures: [new Closure(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 11), "inventario")]);
        var desk = tenant.Desks[0];
        var service = tenant.Services[0];

        Assert.Empty(SlotPlanner.On(tenant, desk, service, new DateOnly(2026, 12, 7)));  // Sant'Ambrogio
        Assert.Empty(SlotPlanner.On(tenant, desk, service, new DateOnly(2026, 12, 8)));  // Immacolata
        Assert.Empty(SlotPlanner.On(tenant, desk, service, new DateOnly(2026, 12, 10))); // closure
        Assert.Empty(SlotPlanner.On(tenant, desk, service, new DateOnly(2027, 3, 29)));  // Easter Monday
        Assert.Equal(6, SlotPlanner.On(tenant, desk, service, new DateOnly(2026, 12, 9)).Count);
    }

    [Fact]
    public void On_DaysAroundTheClockChanges_KeepLocalHours()
    {
        var tenant = TestDesks.Milano();
        var desk = tenant.Desks[0];
        var service = tenant.Services[0];

        var beforeSpring = SlotPlanner.On(tenant, desk, service, new DateOnly(2027, 3, 27))[0];
        var afterSpring = SlotPlanner.On(tenant, desk, service, new DateOnly(2027, 3, 30))[0];

        Assert.Equal(new DateTimeOffset(2027, 3, 27, 8, 0, 0, TimeSpan.Zero), beforeSpring.Start);
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 7, 0, 0, TimeSpan.Zero), afterSpring.Start);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(afterSpring.Local));
    }

    [Fact]
    public void On_NightTheClocksChange_SkipsTheMissingHour_AndNeverGivesTwoSlotsOneInstant()
    {
        var tenant = TestDesks.Milano();
        var desk = tenant.Desks[0];
        var service = tenant.Services[0];

        var spring = SlotPlanner.On(tenant, desk, service, new DateOnly(2028, 3, 26));  // 02:00 -> 03:00 (in 2027 that Sunday is Easter)
        var autumn = SlotPlanner.On(tenant, desk, service, new DateOnly(2026, 10, 25)); // 03:00 -> 02:00

        Assert.Equal(["01:00", "01:30", "03:00", "03:30"], spring.Select(s => s.Local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(6, autumn.Count); // the repeated hour is offered once: slots follow the wall clock
        Assert.Equal(autumn.Count, autumn.Select(s => s.Start).Distinct().Count());
        Assert.All(autumn.Zip(autumn.Skip(1)), pair => Assert.True(pair.Second.Start > pair.First.Start));
    }

    [Fact]
    public void Load_TheKnowledgeBase_ReadsMilanoAndCremonaAsExampleData()
    {
        var catalog = DeskCatalog.Load(ContentPaths.Resolve("knowledge-base"));

        var milano = catalog.Find("milano")!;
        var cremona = catalog.Find("cremona")!;
        Assert.True(milano.ExampleData && cremona.ExampleData);
        Assert.Equal((12, 7), (milano.PatronMonth!.Value, milano.PatronDay!.Value));
        Assert.Equal((11, 13), (cremona.PatronMonth!.Value, cremona.PatronDay!.Value));
        Assert.NotEmpty(milano.DesksFor("facilitazione-digitale"));
    }
}
