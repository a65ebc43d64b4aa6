namespace ChatAssistant.Appointments.Storage;

public enum BookOutcome
{
    Booked = 0,
    /// <summary>The slot has no place left: another booking took the last one.</summary>
    SlotFull = 1,
    /// <summary>The booking code is already used in the tenant: draw another and try again.</summary>
    CodeTaken = 2,
    /// <summary>Moving: there is no active booking with that code.</summary>
    NotFound = 3,
}
