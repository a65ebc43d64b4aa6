using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Appointments.Agenda;

/// <summary>
/// The one place a desk marks who came: the console's agenda calls it, and nothing else writes these marks. A mark
/// keeps the place held and may be corrected (arrived ↔ no-show); a cancelled booking cannot be marked. Anything that
/// must follow a mark (an anonymous event for the reports) belongs right after the store's answer below.
/// </summary>
public sealed class AttendanceMarks(IAppointmentStore store)
{
    /// <summary>False when the tenant has no such booking, or it was cancelled.</summary>
    public async Task<bool> MarkAsync(string tenantId, string code, bool arrived, CancellationToken cancellationToken = default)
    {
        var outcome = arrived ? BookingStatus.Arrived : BookingStatus.NoShow;
        if (!await store.MarkAsync(tenantId, code, outcome, cancellationToken))
        {
            return false;
        }

        // Reports: record the anonymous arrived / no-show event here (one line), after the mark is stored.
        return true;
    }
}
