using ChatAssistant.Core.Calendar;
using ChatAssistant.Appointments.Desks;

namespace ChatAssistant.Appointments.Slots;

/// <summary>
/// The slots a desk offers on a day, from its weekly hours, less holidays and closures. Wall-clock times are turned into
/// instants in the tenant's time zone, so the days daylight saving time changes keep their local hours; a local time
/// that does not exist that night (the skipped hour) gives no slot.
/// </summary>
public static class SlotPlanner
{
    public static bool IsOpen(TenantDesks tenant, AppointmentDesk desk, DateOnly day) =>
        desk.HoursOn(day.DayOfWeek).Count > 0
        && !ItalianHolidays.IsHoliday(day, tenant.PatronMonth, tenant.PatronDay)
        && !tenant.Closures.Any(c => c.Covers(day))
        && !desk.Closures.Any(c => c.Covers(day));

    public static IReadOnlyList<Slot> On(TenantDesks tenant, AppointmentDesk desk, BookableService service, DateOnly day)
    {
        if (!IsOpen(tenant, desk, day))
        {
            return [];
        }

        var slots = new List<Slot>();
        var length = TimeSpan.FromMinutes(service.SlotMinutes);
        foreach (var period in desk.HoursOn(day.DayOfWeek))
        {
            for (var local = day.ToDateTime(period.From); local + length <= day.ToDateTime(period.To); local += length)
            {
                if (tenant.TimeZone.IsInvalidTime(local))
                {
                    continue;
                }

                var start = new DateTimeOffset(local, tenant.TimeZone.GetUtcOffset(local)).ToUniversalTime();
                slots.Add(new Slot(tenant.TenantId, desk.Id, service.Id, start, start + length, local, service.Capacity));
            }
        }

        return slots;
    }

    /// <summary>The slot that starts at <paramref name="start"/>, if the desk offers one then.</summary>
    public static Slot? Find(TenantDesks tenant, AppointmentDesk desk, BookableService service, DateTimeOffset start)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, tenant.TimeZone).DateTime);
        return On(tenant, desk, service, day).FirstOrDefault(s => s.Start == start);
    }

    public static DateOnly LocalDay(TenantDesks tenant, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, tenant.TimeZone).DateTime);
}
