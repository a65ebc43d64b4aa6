using ChatAssistant.Core.Activities;

namespace ChatAssistant.Channels.Telegram.Mapping;

public enum InboundKind
{
    /// <summary>Nothing for the bot: an update type we do not handle, a service message, a group chat not addressing us.</summary>
    Ignored,
    /// <summary>Written text or a command.</summary>
    Text,
    /// <summary>A button press; the activity's text is the button's value.</summary>
    ButtonPress,
    /// <summary>A shared location or contact, kept in activity.Value for later flows.</summary>
    Shared,
    /// <summary>A photo, voice note, file...: the activity has no text and channelData.unsupported names the kind.</summary>
    Unsupported,
}

/// <summary>An update translated for the pipeline, plus what the edge itself must do about it.</summary>
public sealed record InboundUpdate(InboundKind Kind, Activity? Activity)
{
    public static InboundUpdate Ignored { get; } = new(InboundKind.Ignored, null);

    /// <summary>For a button press: the query to answer (stops the button's spinner).</summary>
    public string? CallbackQueryId { get; init; }

    /// <summary>For a button press: the raw callback_data, and the pressed button's title as a fallback.</summary>
    public string? CallbackData { get; init; }
    public string? ButtonTitle { get; init; }

    /// <summary>True in a group or supergroup.</summary>
    public bool IsGroup { get; init; }

    /// <summary>The sender's language from Telegram ("it", "en"...), used for the edge's own answers.</summary>
    public string? Language { get; init; }
}
