using System.Text.Json;

namespace ChatAssistant.Core.Activities;

/// <summary>
/// The one message model inside the system, shaped like the Bot Framework Activity schema so that
/// Direct Line clients read it unchanged. Channels translate to and from it at the edge only.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    /// <summary>Channel-specific payload; kept verbatim (Web Chat waits for its clientActivityID echoed back).</summary>
    public JsonElement? ChannelData { get; set; }
    /// <summary>Structured value of a button press or an event.</summary>
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? ReplyToId { get; set; }

    public bool IsMessage => Type == ActivityTypes.Message;

    /// <summary>A reply addressed back to the sender of this activity, on the same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = RoleTypes.Bot },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, Role = RoleTypes.User },
        Conversation = Conversation,
        Text = text,
        Locale = Locale,
        ReplyToId = Id,
    };
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    /// <summary>The municipality the conversation belongs to.</summary>
    public string? TenantId { get; set; }
}

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

public sealed class CardAction
{
    public string Type { get; set; } = ActionTypes.ImBack;
    public string? Title { get; set; }
    public string? Value { get; set; }
    public string? Image { get; set; }

    public static CardAction ImBack(string title, string? value = null) => new() { Title = title, Value = value ?? title };
    public static CardAction OpenUrl(string title, string url) => new() { Type = ActionTypes.OpenUrl, Title = title, Value = url };
}
