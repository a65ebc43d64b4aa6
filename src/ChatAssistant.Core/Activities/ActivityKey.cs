namespace ChatAssistant.Core.Activities;

/// <summary>Conversation ids are unique per channel only; the store keys conversations by both.</summary>
public static class ConversationKey
{
    public static string Of(Activity activity) => Of(activity.ChannelId ?? "", activity.Conversation?.Id ?? "");

    public static string Of(string channelId, string conversationId) => $"{channelId}:{conversationId}";
}
