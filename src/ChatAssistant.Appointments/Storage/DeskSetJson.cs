using System.Text.Json;
using ChatAssistant.Appointments.Desks;

namespace ChatAssistant.Appointments.Storage;

/// <summary>How both engines keep a tenant's desks: one JSON text beside the tenant and the version.</summary>
public static class DeskSetJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(DeskSet desks) => JsonSerializer.Serialize(new Stored(desks.Desks, desks.Closures, desks.UpdatedBy), Options);

    public static DeskSet Deserialize(string tenantId, long version, DateTimeOffset updatedAt, string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new InvalidDataException($"The stored desks of {tenantId} are empty.");
        return new DeskSet(tenantId, version, stored.Desks, stored.Closures, updatedAt, stored.UpdatedBy);
    }

    private sealed record Stored(IReadOnlyList<AppointmentDesk> Desks, IReadOnlyList<Closure> Closures, string? UpdatedBy);
}
