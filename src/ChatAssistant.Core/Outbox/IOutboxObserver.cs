namespace ChatAssistant.Core.Outbox;

/// <summary>
/// Told by the channel's sender what became of an outbox message, right after it recorded it: the capability that
/// enqueued it (announcements) keeps its own per-recipient records and counts. Called on the sending host only; an
/// observer must not throw for messages that are not its own.
/// </summary>
public interface IOutboxObserver
{
    /// <param name="channelMessageIds">The ids the channel gave the sent messages (Telegram message_id), for a later delete.</param>
    Task OnSentAsync(OutboxMessage message, IReadOnlyList<long> channelMessageIds, CancellationToken cancellationToken = default);

    /// <param name="unreachable">The citizen blocked the bot (Telegram 403).</param>
    Task OnFailedAsync(OutboxMessage message, bool unreachable, string reason, CancellationToken cancellationToken = default);
}
