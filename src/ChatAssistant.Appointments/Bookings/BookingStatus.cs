namespace ChatAssistant.Appointments.Bookings;

public enum BookingStatus
{
    Active = 0,
    Cancelled = 1,
}
