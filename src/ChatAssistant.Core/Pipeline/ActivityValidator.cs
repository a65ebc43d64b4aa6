using ChatAssistant.Core.Activities;

namespace ChatAssistant.Core.Pipeline;

/// <summary>Checks an incoming activity before anything is stored. Returns the reason for refusing it, or null.</summary>
public static class ActivityValidator
{
    /// <summary>Ids become parts of storage keys (which have a size limit) and are kept in the state: no channel needs more.</summary>
    public const int MaxIdLength = 256;

    public static string? Validate(Activity activity, int maxTextLength)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (!ActivityTypes.Known.Contains(activity.Type))
        {
            return $"Unknown activity type '{activity.Type}'. Known types: {string.Join(", ", ActivityTypes.Known)}.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channelId.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation id.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no sender (from.id).";
        }

        if (TooLong(("id", activity.Id), ("channelId", activity.ChannelId), ("conversation.id", activity.Conversation.Id), ("from.id", activity.From.Id)) is { } field)
        {
            return $"The activity's {field} is longer than {MaxIdLength} characters.";
        }

        if (activity.Text is { Length: var length } && length > maxTextLength)
        {
            return $"The text is {length} characters long; the limit is {maxTextLength}.";
        }

        return null;
    }

    private static string? TooLong(params (string Field, string? Value)[] ids) =>
        ids.FirstOrDefault(id => id.Value is { Length: > MaxIdLength }).Field;
}
