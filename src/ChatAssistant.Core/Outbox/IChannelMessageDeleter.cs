namespace ChatAssistant.Core.Outbox;

/// <summary>Deletes a message the bot sent (Telegram deleteMessage: allowed for the bot's own messages within 48 hours).</summary>
public interface IChannelMessageDeleter
{
    /// <summary>False when the channel refused (too old, already deleted, unknown bot).</summary>
    Task<bool> TryDeleteAsync(string botId, string chatId, long messageId, CancellationToken cancellationToken = default);
}
