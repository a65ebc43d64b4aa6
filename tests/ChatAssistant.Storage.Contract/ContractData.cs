using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Storage.Contract;

/// <summary>Small builders for states, turns and outbox messages used by the contract.</summary>
public static class ContractData
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static string Key(string conversationId, string channel = ChannelIds.Telegram) => ConversationKey.Of(channel, conversationId);

    public static ConversationState NewState(string conversationId, string citizenId = "milano:telegram:1", string tenant = "milano") => new()
    {
        Key = Key(conversationId),
        TenantId = tenant,
        ChannelId = ChannelIds.Telegram,
        CitizenId = citizenId,
        CreatedAt = Noon,
        UpdatedAt = Noon,
    };

    public static Activity Message(string conversationId, string text, string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = ChannelIds.Telegram,
        Conversation = new ConversationAccount { Id = conversationId, TenantId = "milano" },
        From = new ChannelAccount { Id = "u1", Role = RoleTypes.User },
        Text = text,
        Timestamp = Noon,
    };

    /// <summary>A turn: the citizen's message and the bot's answer.</summary>
    public static TurnCommit Turn(ConversationState state, string text, IReadOnlyList<OutboxMessage>? outbox = null)
    {
        var conversationId = state.Key[(state.Key.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return new TurnCommit
        {
            State = state,
            Transcript = [Message(conversationId, text), Message(conversationId, "answer to " + text)],
            Outbox = outbox ?? [],
        };
    }

    public static Citizen Citizen(string id, string tenant = "milano") => new()
    {
        Id = id,
        TenantId = tenant,
        ChannelId = ChannelIds.Telegram,
        ChannelUserId = id,
        Language = "it",
        CreatedAt = Noon,
        LastSeenAt = Noon,
    };

    public static OutboxMessage OutboxMessage(string id, string chatId, OutboxPriority priority = OutboxPriority.Reply,
        DateTimeOffset? createdAt = null, string bot = "milano", DateTimeOffset? notBefore = null) => new()
    {
        Id = id,
        BotId = bot,
        ChannelId = ChannelIds.Telegram,
        ChatId = chatId,
        Priority = priority,
        ActivityJson = "{\"type\":\"message\",\"text\":\"" + id + "\"}",
        CreatedAt = createdAt ?? Noon,
        NotBefore = notBefore ?? createdAt ?? Noon,
    };

    public static async Task<IReadOnlyList<string>> TextsAsync(IConversationStore store, string key) =>
        (await store.ReadTranscriptAsync(key, 0, 1000)).Select(e => ActivityJson.Deserialize(e.ActivityJson).Text ?? "").ToList();
}
