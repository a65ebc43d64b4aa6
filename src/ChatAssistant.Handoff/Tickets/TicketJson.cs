using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatAssistant.Handoff.Tickets;

/// <summary>How a ticket is kept in the stores and shown by the API: camelCase, enums by name.</summary>
public static class TicketJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(Ticket ticket) => JsonSerializer.Serialize(ticket, Options);

    public static Ticket Deserialize(string json) =>
        JsonSerializer.Deserialize<Ticket>(json, Options) ?? throw new JsonException("The ticket is null.");
}
