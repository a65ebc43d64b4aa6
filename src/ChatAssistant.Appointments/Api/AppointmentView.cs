using ChatAssistant.Appointments.Bookings;

namespace ChatAssistant.Appointments.Api;

/// <summary>One appointment as the desk's agenda shows it: local wall-clock times, who comes and for what, and the desk's mark.</summary>
public sealed record AppointmentView(string Code, string DeskId, string ServiceId, string Service, DateTime Start, DateTime End, string Name, string? Phone,
    BookingStatus Status = BookingStatus.Active);
