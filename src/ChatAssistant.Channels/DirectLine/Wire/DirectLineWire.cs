using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace ChatAssistant.Channels.DirectLine.Wire;

/// <summary>The Direct Line 3.0 conversation object: camelCase except <c>expires_in</c>.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl,
    [property: JsonPropertyName("referenceGrammarId")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReferenceGrammarId = null);

/// <summary>The answer to POST activities.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);

/// <summary>What /api/webchat/token returns to the page.</summary>
public sealed record WebChatTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId);

/// <summary>The body of /api/webchat/token.</summary>
public sealed record WebChatTokenRequest(
    [property: JsonPropertyName("tenant")] string? Tenant,
    [property: JsonPropertyName("userId")] string? UserId);

/// <summary>Writes an activity set from stored JSON without parsing it again.</summary>
public static class ActivitySetJson
{
    public static string Write(IReadOnlyList<string> activities, long? watermark)
    {
        var builder = new StringBuilder(64 + activities.Sum(a => a.Length + 1));
        builder.Append("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(activities[i]);
        }

        builder.Append(']');
        if (watermark is { } mark)
        {
            builder.Append(",\"watermark\":\"").Append(mark.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Parses a client's watermark: missing or not a number means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 0;
}
