using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Retention;

/// <summary>
/// The retention purge on PostgreSQL: three plain deletes by age through their indexes. Hosts running it at once delete
/// each row once; conversation heads (last_sequence) are untouched, so watermarks go on growing.
/// </summary>
public sealed class PostgreSqlRetentionStore(NpgsqlDataSource dataSource) : IRetentionStore
{

    public Task<RetentionPurgeCounts> PurgeAsync(DateTimeOffset transcriptsBefore, DateTimeOffset finishedOutboxBefore, DateTimeOffset closedTicketsBefore, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var batch = new NpgsqlBatch(connection);
            var transcript = new NpgsqlBatchCommand("DELETE FROM transcript WHERE activity_time < @before");
            transcript.Parameters.Instant("before", transcriptsBefore);
            var outbox = new NpgsqlBatchCommand("DELETE FROM outbox WHERE status IN (2, 3) AND created_at < @before");
            outbox.Parameters.Instant("before", finishedOutboxBefore);
            var tickets = new NpgsqlBatchCommand("DELETE FROM handoff_tickets WHERE NOT is_open AND closed_at < @before");
            tickets.Parameters.Instant("before", closedTicketsBefore);
            batch.BatchCommands.Add(transcript);
            batch.BatchCommands.Add(outbox);
            batch.BatchCommands.Add(tickets);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return new RetentionPurgeCounts(transcript.RecordsAffected, outbox.RecordsAffected, tickets.RecordsAffected);
        }, cancellationToken);
}
