namespace ChatAssistant.Core.Conversations;

/// <summary>
/// "Is a person holding this chat now?" While a volunteer holds a conversation the bot is silent; anything automatic
/// that still reaches the citizen meanwhile (a reminder, an announcement) must wait or be marked with <see cref="AutomaticMark"/>.
/// The handoff implements it; without the handoff no chat is ever held.
/// </summary>
public interface IConversationHold
{
    /// <param name="conversationKey">The store's key, <c>ConversationKey.Of(channelId, chatId)</c>.</param>
    Task<bool> IsHeldByPersonAsync(string conversationKey, CancellationToken cancellationToken = default);
}
