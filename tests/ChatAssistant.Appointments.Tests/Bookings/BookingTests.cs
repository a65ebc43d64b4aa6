using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Tests.Support;

namespace ChatAssistant.Appointments.Tests.Bookings;

/// <summary>Booking, moving and cancelling over LiteDB, and every bad input as a plain outcome (issue 15).</summary>
public sealed class BookingTests : IDisposable
{
    // Saturday 5 December 2026, 09:00 in Rome.
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));

    private static DateTimeOffset Wednesday(int hour, int minute = 0) => TestDesks.Local(2026, 12, 9, hour, minute);

    [Fact]
    public async Task BookAsync_FreeSlot_GivesACodeWithoutLookAlikes_AndPlansTwoReminders()
    {
        var result = await _world.Booker.BookAsync(_world.Request(Wednesday(10)));

        Assert.True(result.Succeeded);
        Assert.Equal(6, result.Booking!.Code.Length);
        Assert.DoesNotContain(result.Booking.Code, c => c is '0' or 'O' or '1' or 'I');
        Assert.Equal([Wednesday(10).AddHours(-24), Wednesday(8)], _world.Scheduler.Scheduled.Select(r => r.DueAt));
    }

    [Fact]
    public async Task BookAsync_SlotTakenMeanwhile_SaysSoAndOffersTheNextFreeSlots()
    {
        await _world.Booker.BookAsync(_world.Request(Wednesday(10), citizen: "first"));

        var result = await _world.Booker.BookAsync(_world.Request(Wednesday(10), citizen: "second"));

        Assert.Equal(BookingOutcomeKind.SlotGone, result.Kind);
        Assert.Equal([Wednesday(10, 30), Wednesday(11), Wednesday(11, 30)], result.Alternatives!.Select(s => s.Start));
    }

    [Theory]
    [InlineData(2026, 12, 4, 10, BookingOutcomeKind.InPast)]      // yesterday
    [InlineData(2026, 12, 8, 10, BookingOutcomeKind.NotOffered)]  // Immacolata
    [InlineData(2026, 12, 9, 13, BookingOutcomeKind.NotOffered)]  // after closing
    [InlineData(2026, 12, 9, 10, BookingOutcomeKind.Booked)]
    public async Task BookAsync_PastClosedOrOpen_GivesThePlainOutcome(int year, int month, int day, int hour, BookingOutcomeKind expected) =>
        Assert.Equal(expected, (await _world.Booker.BookAsync(_world.Request(TestDesks.Local(year, month, day, hour)))).Kind);

    [Theory]
    [InlineData("")]
    [InlineData("Anna\u0007Rossi")]
    [InlineData("Anna\nRossi")]
    public async Task BookAsync_BadName_IsRefused(string name) =>
        Assert.Equal(BookingOutcomeKind.InvalidName, (await _world.Booker.BookAsync(_world.Request(Wednesday(10), name))).Kind);

    [Fact]
    public async Task BookAsync_NameOf500Characters_IsRefused() =>
        Assert.Equal(BookingOutcomeKind.InvalidName, (await _world.Booker.BookAsync(_world.Request(Wednesday(10), new string('a', 500)))).Kind);

    [Fact]
    public async Task CancelAsync_FreesTheSlotAtOnce()
    {
        var booked = (await _world.Booker.BookAsync(_world.Request(Wednesday(10), citizen: "first"))).Booking!;

        Assert.True(await _world.Booker.CancelAsync("milano", booked.Code));

        Assert.True((await _world.Booker.BookAsync(_world.Request(Wednesday(10), citizen: "second"))).Succeeded);
        var free = await _world.Free.OnAsync(_world.Tenant, _world.Desk, _world.Service, new DateOnly(2026, 12, 9));
        Assert.DoesNotContain(free, s => s.Start == Wednesday(10));
    }

    [Fact]
    public async Task MoveAsync_ToAFreeSlot_FreesTheOldOne_UnknownCodeIsAPlainAnswer()
    {
        var booked = (await _world.Booker.BookAsync(_world.Request(Wednesday(10)))).Booking!;

        var moved = await _world.Booker.MoveAsync("milano", booked.Code, Wednesday(11));
        var unknown = await _world.Booker.MoveAsync("milano", "ZZZZZZ", Wednesday(11));

        Assert.Equal(Wednesday(11), moved.Booking!.Start);
        Assert.Equal(BookingOutcomeKind.UnknownCode, unknown.Kind);
        var free = await _world.Free.OnAsync(_world.Tenant, _world.Desk, _world.Service, new DateOnly(2026, 12, 9));
        Assert.Contains(free, s => s.Start == Wednesday(10));
        Assert.DoesNotContain(free, s => s.Start == Wednesday(11));
    }

    [Fact]
    public async Task DaysWithRoomAsync_NextTwoWeeks_SkipsHolidaysSundaysAndFullDays()
    {
        var days = await _world.Free.DaysWithRoomAsync(_world.Tenant, _world.Desk, _world.Service, 14);

        Assert.DoesNotContain(new DateOnly(2026, 12, 7), days);
        Assert.DoesNotContain(new DateOnly(2026, 12, 8), days);
        Assert.Contains(new DateOnly(2026, 12, 5), days); // today, 09:30 onwards
        Assert.All(days, d => Assert.True(d < new DateOnly(2026, 12, 19)));
    }

    public void Dispose() => _world.Dispose();
}
