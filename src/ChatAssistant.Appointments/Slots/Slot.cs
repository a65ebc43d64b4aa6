namespace ChatAssistant.Appointments.Slots;

/// <summary>One bookable time at a desk for a service: <see cref="Start"/> is the instant (UTC), <see cref="Local"/> the desk's wall clock.</summary>
public sealed record Slot(string TenantId, string DeskId, string ServiceId, DateTimeOffset Start, DateTimeOffset End, DateTime Local, int Capacity)
{
    /// <summary>Identifies the slot in the store: bookings of one key share its capacity.</summary>
    public string Key => SlotKey.Of(TenantId, DeskId, ServiceId, Start);
}
