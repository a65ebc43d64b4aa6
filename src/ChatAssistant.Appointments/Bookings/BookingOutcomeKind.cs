namespace ChatAssistant.Appointments.Bookings;

/// <summary>Expected answers to a booking or a move; each has a plain reply and a way forward in the flow.</summary>
public enum BookingOutcomeKind
{
    Booked = 0,
    /// <summary>Someone took the last place meanwhile: <see cref="BookingResult.Alternatives"/> has the next free slots.</summary>
    SlotGone = 1,
    /// <summary>The desk offers no slot then (closed, holiday, not a slot start).</summary>
    NotOffered = 2,
    InPast = 3,
    /// <summary>The name is empty, too long, or has control characters.</summary>
    InvalidName = 4,
    /// <summary>The tenant, desk or service is unknown, or the desk does not offer the service.</summary>
    UnknownPlace = 5,
    /// <summary>No active booking with that code (moving or cancelling).</summary>
    UnknownCode = 6,
}
