using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Storage.LiteDb.Appointments;

/// <summary>Bookings and reminders in the embedded file: reads straight from LiteDB, writes through the store's one writer (so each check-then-write is atomic).</summary>
public sealed class LiteDbAppointmentStore(LiteDbStore store) : IAppointmentStore
{
    public Task<BookOutcome> TryBookAsync(Booking booking, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AppointmentDocuments.Book(db, booking, capacity, reminders), cancellationToken);

    public Task<BookOutcome> TryMoveAsync(string tenantId, string code, DateTimeOffset start, DateTimeOffset end, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AppointmentDocuments.Move(db, tenantId, code, start, end, capacity, reminders), cancellationToken);

    public Task<bool> CancelAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AppointmentDocuments.Cancel(db, tenantId, code), cancellationToken);

    public Task<Booking?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        Task.FromResult(AppointmentDocuments.Get(store.Database, tenantId, code));

    public Task<IReadOnlyList<Booking>> ListByCitizenAsync(string tenantId, string citizenId, DateTimeOffset from, CancellationToken cancellationToken = default) =>
        Task.FromResult(AppointmentDocuments.Find(store.Database, "citizen", AppointmentDocuments.Key(tenantId, citizenId), b => b.Status == BookingStatus.Active && b.Start >= from));

    public Task<IReadOnlyList<Booking>> ListByDeskAsync(string tenantId, string deskId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult(AppointmentDocuments.Find(store.Database, "desk", AppointmentDocuments.Key(tenantId, deskId), b => b.Status != BookingStatus.Cancelled && b.Start >= from && b.Start < to));

    public Task<bool> MarkAsync(string tenantId, string code, BookingStatus outcome, CancellationToken cancellationToken = default) =>
        outcome is BookingStatus.Arrived or BookingStatus.NoShow
            ? store.Writer.Write(db => AppointmentDocuments.Mark(db, tenantId, code, outcome), cancellationToken)
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A booking is marked Arrived or NoShow.");

    public Task<Reminder?> GetReminderAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(AppointmentDocuments.GetReminder(store.Database, id));

    public Task<IReadOnlyList<Reminder>> ListPendingRemindersAsync(DateTimeOffset now, DateTimeOffset dueBefore, CancellationToken cancellationToken = default) =>
        Task.FromResult(AppointmentDocuments.Pending(store.Database, now, dueBefore));

    public Task<bool> TryClaimReminderAsync(string id, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AppointmentDocuments.Claim(db, id, now, claimUntil), cancellationToken);

    public Task CompleteReminderAsync(string id, ReminderStatus status, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => AppointmentDocuments.Complete(db, id, status), cancellationToken);
}
