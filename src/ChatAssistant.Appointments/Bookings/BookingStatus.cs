namespace ChatAssistant.Appointments.Bookings;

/// <summary>
/// A booking holds its place while Active, Arrived or NoShow (the desk's mark on the day's agenda); Cancelled frees it.
/// </summary>
public enum BookingStatus
{
    Active = 0,
    Cancelled = 1,
    Arrived = 2,
    NoShow = 3,
}
