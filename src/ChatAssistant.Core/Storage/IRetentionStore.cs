namespace ChatAssistant.Core.Storage;

/// <summary>Deletes what is older than its retention period. Safe to run twice, and on several hosts at once.</summary>
public interface IRetentionStore
{
    /// <summary>
    /// Deletes transcript entries stored before <paramref name="transcriptsBefore"/>, and outbox messages that left or were
    /// given up (sent, failed) created before <paramref name="finishedOutboxBefore"/>, and handoff tickets closed before
    /// <paramref name="closedTicketsBefore"/> (open tickets never). Messages still waiting are never purged.
    /// A conversation keeps its head (its last sequence), so a web chat's watermark goes on growing.
    /// </summary>
    Task<RetentionPurgeCounts> PurgeAsync(DateTimeOffset transcriptsBefore, DateTimeOffset finishedOutboxBefore, DateTimeOffset closedTicketsBefore, CancellationToken cancellationToken = default);
}

/// <param name="TranscriptEntries">Transcript entries deleted (an engine that stores a turn's entries together counts those).</param>
/// <param name="OutboxMessages">Sent or failed outbox messages deleted.</param>
/// <param name="ClosedTickets">Closed handoff tickets deleted.</param>
public sealed record RetentionPurgeCounts(long TranscriptEntries, long OutboxMessages, long ClosedTickets = 0);
