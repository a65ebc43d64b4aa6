using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Appointments.Slots;

/// <summary>The slots still bookable: offered by the desk, in the future, and below capacity in the store.</summary>
public sealed class FreeSlots(IAppointmentStore store, TimeProvider clock)
{
    /// <summary>Days from today on, up to <paramref name="days"/> days ahead, with at least one free slot.</summary>
    public async Task<IReadOnlyList<DateOnly>> DaysWithRoomAsync(TenantDesks tenant, AppointmentDesk desk, BookableService service, int days, CancellationToken cancellationToken = default)
    {
        var today = SlotPlanner.LocalDay(tenant, clock.GetUtcNow());
        var free = await FreeBetweenAsync(tenant, desk, service, today, today.AddDays(days), cancellationToken);
        return free.Select(s => DateOnly.FromDateTime(s.Local)).Distinct().ToList();
    }

    public Task<IReadOnlyList<Slot>> OnAsync(TenantDesks tenant, AppointmentDesk desk, BookableService service, DateOnly day, CancellationToken cancellationToken = default) =>
        FreeBetweenAsync(tenant, desk, service, day, day.AddDays(1), cancellationToken);

    /// <summary>The first <paramref name="count"/> free slots at or after <paramref name="from"/>, within <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<Slot>> NextAsync(TenantDesks tenant, AppointmentDesk desk, BookableService service, DateTimeOffset from, int count, int days = 14, CancellationToken cancellationToken = default)
    {
        var start = SlotPlanner.LocalDay(tenant, from);
        var free = await FreeBetweenAsync(tenant, desk, service, start, start.AddDays(days), cancellationToken);
        return free.Where(s => s.Start >= from).Take(count).ToList();
    }

    private async Task<IReadOnlyList<Slot>> FreeBetweenAsync(TenantDesks tenant, AppointmentDesk desk, BookableService service, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var offered = new List<Slot>();
        for (var day = from; day < to; day = day.AddDays(1))
        {
            offered.AddRange(SlotPlanner.On(tenant, desk, service, day).Where(s => s.Start > now));
        }

        if (offered.Count == 0)
        {
            return [];
        }

        var booked = (await store.ListByDeskAsync(tenant.TenantId, desk.Id, offered[0].Start, offered[^1].End, cancellationToken))
            .Where(b => b.ServiceId == service.Id)
            .GroupBy(b => b.SlotKey)
            .ToDictionary(g => g.Key, g => g.Count());
        return offered.Where(s => booked.GetValueOrDefault(s.Key) < s.Capacity).ToList();
    }
}
