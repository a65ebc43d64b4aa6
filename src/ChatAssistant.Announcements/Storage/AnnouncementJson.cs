using System.Text.Json;
using ChatAssistant.Announcements.Composing;

namespace ChatAssistant.Announcements.Storage;

/// <summary>How both engines keep an announcement whole as JSON beside the fields their queries use.</summary>
public static class AnnouncementJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Announcement a) => JsonSerializer.Serialize(a, Options);

    public static Announcement Deserialize(string json) => JsonSerializer.Deserialize<Announcement>(json, Options)!;
}
