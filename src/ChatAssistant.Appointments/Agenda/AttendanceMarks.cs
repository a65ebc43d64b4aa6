using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Core.Events;

namespace ChatAssistant.Appointments.Agenda;

/// <summary>
/// The one place a desk marks who came: the console's agenda calls it, and nothing else writes these marks. A mark
/// keeps the place held and may be corrected (arrived ↔ no-show); a cancelled booking cannot be marked. The reports
/// count the first mark of a booking: a correction changes the agenda, not the counters already added.
/// </summary>
public sealed class AttendanceMarks(IAppointmentStore store, TimeProvider clock, IUsageEvents? usage = null)
{
    /// <summary>False when the tenant has no such booking, or it was cancelled.</summary>
    public async Task<bool> MarkAsync(string tenantId, string code, bool arrived, CancellationToken cancellationToken = default)
    {
        var before = await store.GetAsync(tenantId, code, cancellationToken);
        var outcome = arrived ? BookingStatus.Arrived : BookingStatus.NoShow;
        if (before is null || !await store.MarkAsync(tenantId, code, outcome, cancellationToken))
        {
            return false;
        }

        if (before.Status is not (BookingStatus.Arrived or BookingStatus.NoShow))
        {
            var now = clock.GetUtcNow();
            usage?.Record(arrived ? UsageEvent.AppointmentAttended(tenantId, before.DeskId, now) : UsageEvent.AppointmentNoShow(tenantId, before.DeskId, now));
        }

        return true;
    }
}
