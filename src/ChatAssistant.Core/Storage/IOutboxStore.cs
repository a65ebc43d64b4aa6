using ChatAssistant.Core.Outbox;

namespace ChatAssistant.Core.Storage;

public interface IOutboxStore
{
    /// <summary>Adds messages; a message whose id is already stored is ignored (idempotent).</summary>
    Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending messages of one bot that are due, highest priority first,
    /// oldest first, at most the first pending message of each chat (so a chat's messages leave in order).
    /// Claimed messages become <see cref="OutboxStatus.Sending"/> until <paramref name="leaseUntil"/>.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string botId, DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    Task MarkSentAsync(string messageId, CancellationToken cancellationToken = default);

    /// <summary>Records that the first <paramref name="sentParts"/> parts of a multi-part message left; a later claim returns it with <see cref="OutboxMessage.SentParts"/>.</summary>
    Task RecordSentPartsAsync(string messageId, int sentParts, CancellationToken cancellationToken = default);

    Task RescheduleAsync(string messageId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default);

    Task MarkFailedAsync(string messageId, string reason, CancellationToken cancellationToken = default);

    Task<OutboxCounts> CountAsync(string botId, CancellationToken cancellationToken = default);
}

public sealed record OutboxCounts(int Pending, int Sending, int Sent, int Failed);
