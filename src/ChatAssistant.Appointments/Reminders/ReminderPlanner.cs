using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;

namespace ChatAssistant.Appointments.Reminders;

/// <summary>
/// A booking's reminders, by the tenant's settings: each so long before the start, moved out of the night's quiet
/// period (to its end when that is still 30 minutes before the start, else to its beginning). A reminder that would
/// already be due at booking time is not made: the citizen has just read the details.
/// </summary>
public static class ReminderPlanner
{
    public static readonly TimeSpan MinimumNotice = TimeSpan.FromMinutes(30);

    public static IReadOnlyList<Reminder> Plan(TenantDesks tenant, Booking booking, DateTimeOffset now)
    {
        var reminders = new List<Reminder>();
        foreach (var before in tenant.Reminders.Before)
        {
            var due = OutOfQuiet(tenant, booking.Start - before, booking.Start);
            if (due > now && reminders.TrueForAll(r => r.DueAt != due))
            {
                reminders.Add(new Reminder { Id = Reminder.IdOf(booking.TenantId, booking.Code, booking.Start, before), TenantId = booking.TenantId, Code = booking.Code, DueAt = due });
            }
        }

        return reminders;
    }

    private static DateTimeOffset OutOfQuiet(TenantDesks tenant, DateTimeOffset due, DateTimeOffset start)
    {
        var local = TimeZoneInfo.ConvertTime(due, tenant.TimeZone);
        if (!tenant.Reminders.IsQuiet(TimeOnly.FromDateTime(local.DateTime)))
        {
            return due;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        var quietEndDay = TimeOnly.FromDateTime(local.DateTime) >= tenant.Reminders.QuietFrom && tenant.Reminders.QuietFrom > tenant.Reminders.QuietUntil ? day.AddDays(1) : day;
        var end = At(tenant, quietEndDay, tenant.Reminders.QuietUntil);
        if (end <= start - MinimumNotice)
        {
            return end;
        }

        var quietStartDay = quietEndDay == day && tenant.Reminders.QuietFrom > tenant.Reminders.QuietUntil ? day.AddDays(-1) : day;
        return At(tenant, quietStartDay, tenant.Reminders.QuietFrom).AddMinutes(-1);
    }

    private static DateTimeOffset At(TenantDesks tenant, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, tenant.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
