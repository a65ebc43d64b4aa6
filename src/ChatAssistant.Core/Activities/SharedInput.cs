using System.Text.Json;

namespace ChatAssistant.Core.Activities;

/// <summary>
/// What a citizen shared instead of writing, as the channel put it in <see cref="Activity.Value"/> for the turn only
/// (never stored): <c>{location: {latitude, longitude}}</c> or <c>{file: {fileId, size, mimeType, kind}}</c>.
/// </summary>
public static class SharedInput
{
    /// <summary>The answer a waiting prompt gets for a shared location or file; the flow's next action reads the activity.</summary>
    public const string Marker = "[shared]";

    public static bool HasAny(Activity activity) => Location(activity) is not null || File(activity) is not null;

    public static (double Latitude, double Longitude)? Location(Activity activity) =>
        Property(activity, "location") is { } l
        && l.TryGetProperty("latitude", out var lat) && lat.TryGetDouble(out var latitude)
        && l.TryGetProperty("longitude", out var lon) && lon.TryGetDouble(out var longitude)
        && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? (latitude, longitude)
            : null;

    public static SharedFile? File(Activity activity)
    {
        if (Property(activity, "file") is not { } f || !f.TryGetProperty("fileId", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 } fileId)
        {
            return null;
        }

        var size = f.TryGetProperty("size", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : (long?)null;
        var mime = f.TryGetProperty("mimeType", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var kind = f.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        return new SharedFile(fileId, size, mime ?? "application/octet-stream", kind ?? "document");
    }

    private static JsonElement? Property(Activity activity, string name) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Object
            ? property
            : null;
}

/// <summary>A file a citizen sent: the channel's reference, the size and type the channel declared (checked again on download).</summary>
public sealed record SharedFile(string FileId, long? Size, string MimeType, string Kind);
