using System.Globalization;

namespace ChatAssistant.Appointments.Slots;

/// <summary>The store's key of a slot: tenant, desk, service and the start instant in UTC ticks.</summary>
public static class SlotKey
{
    public static string Of(string tenantId, string deskId, string serviceId, DateTimeOffset start) =>
        string.Create(CultureInfo.InvariantCulture, $"{tenantId}|{deskId}|{serviceId}|{start.UtcTicks}");
}
