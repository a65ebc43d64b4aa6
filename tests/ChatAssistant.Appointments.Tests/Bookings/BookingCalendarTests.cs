using ChatAssistant.Appointments.Ics;
using ChatAssistant.Appointments.Tests.Support;

namespace ChatAssistant.Appointments.Tests.Bookings;

public sealed class BookingCalendarTests : IDisposable
{
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));

    [Fact]
    public async Task Build_Booking_IsAnIcsEventWithPlaceTimeCodeAndWhatToBring()
    {
        var booking = (await _world.Booker.BookAsync(_world.Request(TestDesks.Local(2026, 12, 9, 10)))).Booking!;

        var ics = BookingCalendar.Build(_world.Tenant, booking, ["documento d'identità", "tessera sanitaria"]);

        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261209T090000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261209T093000Z", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Via Sammartini 120\\, Milano", ics, StringComparison.Ordinal);
        Assert.Contains(booking.Code, ics, StringComparison.Ordinal);
        Assert.Contains("tessera sanitaria", ics, StringComparison.Ordinal);
        Assert.Equal($"appuntamento-{booking.Code}.ics", BookingCalendar.FileName(booking));
    }

    public void Dispose() => _world.Dispose();
}
