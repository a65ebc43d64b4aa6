using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Core.Retention;

/// <summary>
/// The recurring purge: takes no state, asks the store to delete what is older than now minus each period. Running it
/// twice, or on two hosts at once, deletes nothing more: the store's deletes are idempotent.
/// </summary>
public sealed partial class RetentionPurge(IRetentionStore store, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionPurge> logger,
    IEnumerable<IRetentionPart>? parts = null)
{
    public const string JobId = "retention-purge";

    public async Task<RetentionPurgeCounts> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retention = options.Value;
        var purged = await store.PurgeAsync(
            now.AddDays(-retention.TranscriptDays), now.AddDays(-retention.SentOutboxDays), now.AddDays(-retention.ClosedTicketDays), cancellationToken);
        Log.Purged(logger, purged.TranscriptEntries, retention.TranscriptDays, purged.OutboxMessages, retention.SentOutboxDays);
        Log.PurgedTickets(logger, purged.ClosedTickets, retention.ClosedTicketDays);
        foreach (var part in parts ?? [])
        {
            Log.PartPurged(logger, await part.PurgeAsync(now, cancellationToken));
        }

        return purged;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Transcript} transcript entries older than {TranscriptDays} days and {Outbox} sent or failed outbox messages older than {OutboxDays} days deleted")]
        public static partial void Purged(ILogger logger, long transcript, int transcriptDays, long outbox, int outboxDays);

        [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Tickets} handoff tickets closed more than {TicketDays} days ago deleted")]
        public static partial void PurgedTickets(ILogger logger, long tickets, int ticketDays);

        [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Line}")]
        public static partial void PartPurged(ILogger logger, string line);
    }
}
