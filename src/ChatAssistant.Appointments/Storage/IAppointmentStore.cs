using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;

namespace ChatAssistant.Appointments.Storage;

/// <summary>
/// Bookings and their reminders. Taking a place is a conditional write that never lets a slot go past its capacity,
/// whatever the number of callers and hosts; cancelling frees the place at once. Both engines run one contract suite.
/// </summary>
public interface IAppointmentStore
{
    /// <summary>Stores the booking and its reminders if the slot has fewer than <paramref name="capacity"/> active bookings.</summary>
    Task<BookOutcome> TryBookAsync(Booking booking, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default);

    /// <summary>Moves an active booking to another start if that slot has room; its pending reminders are cancelled and <paramref name="reminders"/> stored.</summary>
    Task<BookOutcome> TryMoveAsync(string tenantId, string code, DateTimeOffset start, DateTimeOffset end, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default);

    /// <summary>Cancels an active booking and its pending reminders; false if there was no active booking with that code.</summary>
    Task<bool> CancelAsync(string tenantId, string code, CancellationToken cancellationToken = default);

    Task<Booking?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default);

    /// <summary>A citizen's active bookings starting at or after <paramref name="from"/>, soonest first.</summary>
    Task<IReadOnlyList<Booking>> ListByCitizenAsync(string tenantId, string citizenId, DateTimeOffset from, CancellationToken cancellationToken = default);

    /// <summary>A desk's bookings holding a place (active, arrived, no-show) starting in [<paramref name="from"/>, <paramref name="to"/>), soonest first.</summary>
    Task<IReadOnlyList<Booking>> ListByDeskAsync(string tenantId, string deskId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// The desk's mark on the day's agenda: <paramref name="outcome"/> is <see cref="BookingStatus.Arrived"/> or
    /// <see cref="BookingStatus.NoShow"/>, set on a booking that is not cancelled (a mark may be corrected). False if none.
    /// </summary>
    Task<bool> MarkAsync(string tenantId, string code, BookingStatus outcome, CancellationToken cancellationToken = default);

    Task<Reminder?> GetReminderAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Reminders still to send that fall due before <paramref name="dueBefore"/>: pending, or claimed by a job whose claim ran out at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Reminder>> ListPendingRemindersAsync(DateTimeOffset now, DateTimeOffset dueBefore, CancellationToken cancellationToken = default);

    /// <summary>Claims a reminder for sending until <paramref name="claimUntil"/>; of several jobs at once exactly one wins.</summary>
    Task<bool> TryClaimReminderAsync(string id, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed or pending reminder done (sent, skipped or cancelled).</summary>
    Task CompleteReminderAsync(string id, ReminderStatus status, CancellationToken cancellationToken = default);
}
