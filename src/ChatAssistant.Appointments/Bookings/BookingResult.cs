using ChatAssistant.Appointments.Slots;

namespace ChatAssistant.Appointments.Bookings;

public sealed record BookingResult(BookingOutcomeKind Kind, Booking? Booking = null, IReadOnlyList<Slot>? Alternatives = null)
{
    public bool Succeeded => Kind == BookingOutcomeKind.Booked;
}
