using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ChatAssistant.Appointments.Ics;

/// <summary>
/// The booking as an .ics calendar entry, for the citizen's phone calendar. Times are written in UTC, which every
/// calendar shows in its own zone, so no VTIMEZONE block is needed. The UID names the booking, so a moved booking's
/// new file replaces the old entry.
/// </summary>
public static class BookingCalendar
{
    public const string ContentType = "text/calendar";

    public static string FileName(Booking booking) => $"appuntamento-{booking.Code}.ics";

    public static string Build(TenantDesks tenant, Booking booking, IReadOnlyList<string> bring)
    {
        var desk = tenant.Desk(booking.DeskId);
        var service = tenant.Service(booking.ServiceId);
        var en = booking.Language == "en";
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{booking.Code}@{booking.TenantId}.chatassistant",
            Summary = (service?.NameIn(booking.Language) ?? booking.ServiceId) + " – " + (desk?.Name ?? booking.DeskId),
            Location = desk?.Address,
            Description = (en ? "Booking code: " : "Codice prenotazione: ") + booking.Code
                + (bring.Count > 0 ? (en ? "\nBring: " : "\nPorta con te: ") + string.Join(", ", bring) : ""),
            Start = new CalDateTime(booking.Start.UtcDateTime, CalDateTime.UtcTzId),
            End = new CalDateTime(booking.End.UtcDateTime, CalDateTime.UtcTzId),
        };
        var calendar = new Ical.Net.Calendar();
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
