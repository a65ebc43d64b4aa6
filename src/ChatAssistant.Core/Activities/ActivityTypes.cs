namespace ChatAssistant.Core.Activities;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string ConversationUpdate = "conversationUpdate";
    public const string EndOfConversation = "endOfConversation";

    public static readonly IReadOnlySet<string> Known =
        new HashSet<string>(StringComparer.Ordinal) { Message, Typing, Event, ConversationUpdate, EndOfConversation };
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}

public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}

public static class ChannelIds
{
    public const string Telegram = "telegram";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Console = "console";
    public const string Test = "test";
}
