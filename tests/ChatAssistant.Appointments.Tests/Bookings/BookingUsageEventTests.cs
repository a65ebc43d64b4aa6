using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Tests.Support;
using ChatAssistant.Core.Events;

namespace ChatAssistant.Appointments.Tests.Bookings;

/// <summary>The coordinators' "appointments booked per desk" counts bookings made, and only those.</summary>
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

    public void Dispose() => _world.Dispose();

    private sealed class Recorder(List<UsageEvent> events) : IUsageEvents
    {
        public void Record(UsageEvent usageEvent) => events.Add(usageEvent);
    }
}
