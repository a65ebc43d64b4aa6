using System.Text.Json;
using ChatAssistant.Core.Activities;

namespace ChatAssistant.Core.Pipeline.Inbound;

/// <summary>
/// What of a citizen's activity is stored: a whitelist of the fields the bot and the channels use, nothing else. A
/// client's value, name, extra channelData and attachment contents, a shared contact or location, the sender's name
/// are used for the turn at most and never stored.
/// </summary>
public static class TranscriptRecord
{
    /// <summary>channelData keys kept: Web Chat's echo id, and the channels' own non-personal markers.</summary>
    private static readonly HashSet<string> KeptChannelData = new(StringComparer.Ordinal)
    {
        "clientActivityID", "messageId", "chatType", "received", "unsupported",
    };

    public static Activity Of(Activity activity) => new()
    {
        Type = activity.Type,
        Id = activity.Id,
        Timestamp = activity.Timestamp,
        ChannelId = activity.ChannelId,
        From = Account(activity.From),
        Recipient = Account(activity.Recipient),
        Conversation = activity.Conversation is { } c
            ? new ConversationAccount { Id = c.Id, TenantId = c.TenantId, IsGroup = c.IsGroup, ConversationType = c.ConversationType }
            : null,
        Text = activity.Text,
        Locale = activity.Locale is { Length: <= 16 } locale ? locale : null,
        // Only what a channel itself says of a file it refused (kind and type), never a content or an address.
        Attachments = activity.Attachments?.OfType<Attachment>().Select(a => new Attachment { ContentType = Short(a.ContentType), Name = Short(a.Name) }).Take(1).ToList(),
        ChannelData = KeptOf(activity.ChannelData),
        ReplyToId = activity.ReplyToId,
    };

    /// <summary>Only the id and role: a Telegram first name or a client's chosen name is not stored.</summary>
    public static ChannelAccount? Account(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount { Id = account.Id, Role = account.Role };

    private static string? Short(string? value) => value is { Length: <= 64 } ? value : null;

    private static JsonElement? KeptOf(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var kept = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            if (KeptChannelData.Contains(property.Name) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                && property.Value.GetRawText().Length <= 80)
            {
                kept[property.Name] = property.Value.Clone();
            }
        }

        return kept.Count == 0 ? null : JsonSerializer.SerializeToElement(kept);
    }
}
