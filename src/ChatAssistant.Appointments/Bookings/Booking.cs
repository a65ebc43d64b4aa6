namespace ChatAssistant.Appointments.Bookings;

/// <summary>
/// A citizen's appointment. <see cref="Code"/> is unique within the tenant and is what the citizen quotes;
/// <see cref="ChannelId"/> and <see cref="ChatId"/> say where reminders go.
/// </summary>
public sealed record Booking
{
    public required string TenantId { get; init; }
    public required string Code { get; init; }
    public required string DeskId { get; init; }
    public required string ServiceId { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required string CitizenId { get; init; }
    public required string ChannelId { get; init; }
    public required string ChatId { get; init; }
    public required string Name { get; init; }
    public string? Phone { get; init; }
    public string Language { get; init; } = "it";
    public BookingStatus Status { get; init; } = BookingStatus.Active;
    public DateTimeOffset CreatedAt { get; init; }

    public string SlotKey => Slots.SlotKey.Of(TenantId, DeskId, ServiceId, Start);
}
