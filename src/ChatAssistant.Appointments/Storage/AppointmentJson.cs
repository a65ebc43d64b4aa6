using System.Text.Json;
using ChatAssistant.Appointments.Bookings;

namespace ChatAssistant.Appointments.Storage;

/// <summary>How both engines keep a booking's fields they never query on: one JSON text, so a new field needs no migration.</summary>
public static class AppointmentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Booking booking) => JsonSerializer.Serialize(booking, Options);

    public static Booking Deserialize(string json) =>
        JsonSerializer.Deserialize<Booking>(json, Options) ?? throw new InvalidDataException("A stored booking is empty.");
}
