namespace ChatAssistant.Appointments.Bookings;

/// <summary>What the flow gathered: the slot chosen and who comes.</summary>
public sealed record BookingRequest(
    string TenantId, string DeskId, string ServiceId, DateTimeOffset Start,
    string CitizenId, string ChannelId, string ChatId, string Name, string? Phone, string Language = "it");
