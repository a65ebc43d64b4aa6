using ChatAssistant.Core.Activities;

namespace ChatAssistant.Core.Pipeline.Inbound;

/// <summary>
/// Decides, before any store is touched, what an incoming activity may cost: nothing at all (a typing indicator, an
/// event the bot does not handle, an end of conversation), a refusal (a file sent inline), or a turn.
/// </summary>
public static class InboundScreen
{
    public const string FilesRefused = "This chat does not accept files: write your question in words. Never send photos of identity documents, cards or PIN letters.";

    /// <summary>True when the activity is neither stored nor answered.</summary>
    public static bool IsIgnored(Activity activity, IReadOnlyCollection<string> knownEvents) => activity.Type switch
    {
        ActivityTypes.Typing or ActivityTypes.EndOfConversation => true,
        ActivityTypes.Event => activity.Name is null || !knownEvents.Contains(activity.Name),
        _ => false,
    };

    /// <summary>The reason to refuse the activity's attachments, or null: a file's content or address is never taken.</summary>
    public static string? RefuseAttachments(Activity activity) =>
        activity.Attachments is { Count: > 0 } attachments
        && attachments.Any(a => a is null || a.Content is not null || !string.IsNullOrEmpty(a.ContentUrl) || !string.IsNullOrEmpty(a.ThumbnailUrl) || attachments.Count > 1)
            ? FilesRefused
            : null;
}
