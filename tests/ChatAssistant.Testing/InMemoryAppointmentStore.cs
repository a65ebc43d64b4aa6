using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Testing;

/// <summary>Bookings and reminders in memory, under one lock: the contract of the real stores for tests that need no file.</summary>
public sealed class InMemoryAppointmentStore : IAppointmentStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string, string), Booking> _bookings = [];
    private readonly Dictionary<string, Reminder> _reminders = new(StringComparer.Ordinal);

    public IReadOnlyList<Booking> All
    {
        get
        {
            lock (_lock)
            {
                return _bookings.Values.ToList();
            }
        }
    }

    public Task<BookOutcome> TryBookAsync(Booking booking, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_bookings.ContainsKey((booking.TenantId, booking.Code)))
            {
                return Task.FromResult(BookOutcome.CodeTaken);
            }

            if (Active(booking.SlotKey) >= capacity)
            {
                return Task.FromResult(BookOutcome.SlotFull);
            }

            _bookings[(booking.TenantId, booking.Code)] = booking;
            reminders.ToList().ForEach(r => _reminders[r.Id] = r);
            return Task.FromResult(BookOutcome.Booked);
        }
    }

    public Task<BookOutcome> TryMoveAsync(string tenantId, string code, DateTimeOffset start, DateTimeOffset end, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_bookings.TryGetValue((tenantId, code), out var booking) || booking.Status != BookingStatus.Active)
            {
                return Task.FromResult(BookOutcome.NotFound);
            }

            var moved = booking with { Start = start, End = end };
            if (moved.SlotKey != booking.SlotKey && Active(moved.SlotKey) >= capacity)
            {
                return Task.FromResult(BookOutcome.SlotFull);
            }

            _bookings[(tenantId, code)] = moved;
            CancelReminders(tenantId, code);
            reminders.ToList().ForEach(r => _reminders[r.Id] = r);
            return Task.FromResult(BookOutcome.Booked);
        }
    }

    public Task<bool> CancelAsync(string tenantId, string code, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_bookings.TryGetValue((tenantId, code), out var booking) || booking.Status != BookingStatus.Active)
            {
                return Task.FromResult(false);
            }

            _bookings[(tenantId, code)] = booking with { Status = BookingStatus.Cancelled };
            CancelReminders(tenantId, code);
            return Task.FromResult(true);
        }
    }

    public Task<Booking?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_bookings.GetValueOrDefault((tenantId, code)));
        }
    }

    public Task<IReadOnlyList<Booking>> ListByCitizenAsync(string tenantId, string citizenId, DateTimeOffset from, CancellationToken cancellationToken = default) =>
        Where(b => b.Status == BookingStatus.Active && b.TenantId == tenantId && b.CitizenId == citizenId && b.Start >= from);

    public Task<IReadOnlyList<Booking>> ListByDeskAsync(string tenantId, string deskId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Where(b => b.Status != BookingStatus.Cancelled && b.TenantId == tenantId && b.DeskId == deskId && b.Start >= from && b.Start < to);

    public Task<bool> MarkAsync(string tenantId, string code, BookingStatus outcome, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_bookings.TryGetValue((tenantId, code), out var booking) || booking.Status == BookingStatus.Cancelled)
            {
                return Task.FromResult(false);
            }

            _bookings[(tenantId, code)] = booking with { Status = outcome };
            return Task.FromResult(true);
        }
    }

    public Task<Reminder?> GetReminderAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_reminders.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<Reminder>> ListPendingRemindersAsync(DateTimeOffset now, DateTimeOffset dueBefore, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Reminder>>(_reminders.Values
                .Where(r => r.DueAt < dueBefore && (r.Status == ReminderStatus.Pending || (r.Status == ReminderStatus.Sending && r.ClaimedUntil <= now)))
                .OrderBy(r => r.DueAt).ToList());
        }
    }

    public Task<bool> TryClaimReminderAsync(string id, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_reminders.TryGetValue(id, out var r) || !(r.Status == ReminderStatus.Pending || (r.Status == ReminderStatus.Sending && r.ClaimedUntil <= now)))
            {
                return Task.FromResult(false);
            }

            _reminders[id] = r with { Status = ReminderStatus.Sending, ClaimedUntil = claimUntil };
            return Task.FromResult(true);
        }
    }

    public Task CompleteReminderAsync(string id, ReminderStatus status, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_reminders.TryGetValue(id, out var r) && r.Status is ReminderStatus.Pending or ReminderStatus.Sending)
            {
                _reminders[id] = r with { Status = status, ClaimedUntil = null };
            }

            return Task.CompletedTask;
        }
    }

    private int Active(string slotKey) => _bookings.Values.Count(b => b.Status != BookingStatus.Cancelled && b.SlotKey == slotKey);

    private void CancelReminders(string tenantId, string code)
    {
        foreach (var r in _reminders.Values.Where(r => r.TenantId == tenantId && r.Code == code && r.Status is ReminderStatus.Pending or ReminderStatus.Sending).ToList())
        {
            _reminders[r.Id] = r with { Status = ReminderStatus.Cancelled, ClaimedUntil = null };
        }
    }

    private Task<IReadOnlyList<Booking>> Where(Func<Booking, bool> keep)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Booking>>(_bookings.Values.Where(keep).OrderBy(b => b.Start).ToList());
        }
    }
}
