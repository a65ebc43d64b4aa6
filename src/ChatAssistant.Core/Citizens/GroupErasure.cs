using System.Text.Json;

namespace ChatAssistant.Core.Citizens;

/// <summary>
/// How a store erases one member of a group chat, the same on every engine: each transcript entry the member wrote or
/// that was addressed to them becomes a tombstone (same id and sequence, nothing else), the rest of the group stays.
/// </summary>
public static class GroupErasure
{
    /// <summary>The channel's user id inside a citizen id (tenant:channel:user).</summary>
    public static string ChannelUserIdOf(string citizenId)
    {
        var second = citizenId.IndexOf(':', citizenId.IndexOf(':', StringComparison.Ordinal) + 1);
        return second < 0 ? citizenId : citizenId[(second + 1)..];
    }

    /// <summary>True when the stored activity was written by <paramref name="channelUserId"/> or addressed to them.</summary>
    public static bool Names(string activityJson, string channelUserId)
    {
        try
        {
            using var json = JsonDocument.Parse(activityJson);
            return IdOf(json.RootElement, "from") == channelUserId || IdOf(json.RootElement, "recipient") == channelUserId;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>What replaces an erased entry: the watermark and the ids stay, nothing about the person does.</summary>
    public static string Tombstone(string activityId) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["type"] = "event", ["name"] = "erased", ["id"] = activityId });

    private static string? IdOf(JsonElement activity, string account) =>
        activity.ValueKind == JsonValueKind.Object && activity.TryGetProperty(account, out var a) && a.ValueKind == JsonValueKind.Object
            && a.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
