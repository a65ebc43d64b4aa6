using ChatAssistant.Appointments.Desks;

namespace ChatAssistant.Appointments.Tests.Support;

/// <summary>A tenant "milano" with one desk open Monday to Saturday 09:00-12:00 for one service of 30-minute slots, capacity 1.</summary>
internal static class TestDesks
{
    public static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static TenantDesks Milano(ReminderSettings? reminders = null, IReadOnlyList<Closure>? closures = null, int capacity = 1)
    {
        var morning = new List<OpeningPeriod> { new(new TimeOnly(9, 0), new TimeOnly(12, 0)) };
        var hours = new Dictionary<DayOfWeek, IReadOnlyList<OpeningPeriod>>();
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday })
        {
            hours[day] = morning;
        }

        // Sunday night opening exists only to test the nights the clocks change.
        hours[DayOfWeek.Sunday] = [new OpeningPeriod(new TimeOnly(1, 0), new TimeOnly(4, 0))];
        var service = new BookableService("spid", "Attivare lo SPID", "Getting SPID", 30, capacity, ["documento d'identità", "tessera sanitaria"], []);
        var desk = new AppointmentDesk("municipio-2", "Sportello del Municipio 2", "Via Sammartini 120, Milano", hours, [], ["spid"]);
        return new TenantDesks("milano", Rome, true, 12, 7, reminders ?? ReminderSettings.Default, closures ?? [], [service], [desk]);
    }

    public static DeskCatalog Catalog(TenantDesks? tenant = null) => new([tenant ?? Milano()]);

    /// <summary>An instant given as Rome's wall clock.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Rome.GetUtcOffset(local));
    }
}
