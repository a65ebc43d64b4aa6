using ChatAssistant.Appointments.Agenda;
using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Core.Events;

namespace ChatAssistant.Appointments.Tests.Bookings;

/// <summary>The coordinators' "appointments per desk" count bookings made, and the desk's first mark of who came.</summary>
public sealed class BookingUsageEventTests : IDisposable
{
    private readonly AppointmentWorld _world = new(TestDesks.Local(2026, 12, 5, 9));
    private readonly List<UsageEvent> _recorded = [];

    [Fact]
    public async Task BookAsync_Booked_RecordsOneAnonymousEventForItsDesk_ARefusalRecordsNothing()
    {
        var booker = new AppointmentBooker(_world.Desks, _world.Appointments, _world.Free, _world.Scheduler, _world.Clock, new Recorder(_recorded));

        var booked = await booker.BookAsync(_world.Request(TestDesks.Local(2026, 12, 9, 10)));
        var refused = await booker.BookAsync(_world.Request(TestDesks.Local(2026, 12, 9, 10)) with { DeskId = "nowhere" });

        Assert.Equal(BookingOutcomeKind.Booked, booked.Kind);
        Assert.NotEqual(BookingOutcomeKind.Booked, refused.Kind);
        var recorded = Assert.Single(_recorded);
        Assert.Equal((UsageKinds.AppointmentBooked, "milano", _world.Desk.Id, _world.Clock.GetUtcNow()), (recorded.Kind, recorded.TenantId, recorded.Desk, recorded.At));
    }

    [Fact]
    public async Task MarkAsync_FirstMarkRecordsArrivedOrNoShowForItsDesk_ACorrectionOrAnUnknownCodeRecordsNothing()
    {
        var anna = await _world.Booker.BookAsync(_world.Request(TestDesks.Local(2026, 12, 9, 10), citizen: "anna"));
        var bruno = await _world.Booker.BookAsync(_world.Request(TestDesks.Local(2026, 12, 9, 11), name: "Bruno Bianchi", citizen: "bruno"));
        var marks = new AttendanceMarks(_world.Appointments, _world.Clock, new Recorder(_recorded));

        Assert.True(await marks.MarkAsync("milano", anna.Booking!.Code, arrived: true));
        Assert.True(await marks.MarkAsync("milano", bruno.Booking!.Code, arrived: false));
        Assert.True(await marks.MarkAsync("milano", bruno.Booking.Code, arrived: true));
        Assert.False(await marks.MarkAsync("milano", "ZZZZZZ", arrived: true));

        Assert.Equal(
            [(UsageKinds.AppointmentAttended, _world.Desk.Id), (UsageKinds.AppointmentNoShow, _world.Desk.Id)],
            _recorded.Select(e => (e.Kind, e.Desk)).ToArray());
    }

    public void Dispose() => _world.Dispose();

    private sealed class Recorder(List<UsageEvent> events) : IUsageEvents
    {
        public void Record(UsageEvent usageEvent) => events.Add(usageEvent);
    }
}
