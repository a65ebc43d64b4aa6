using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Outbox;

/// <summary>The durable outbox on PostgreSQL; several hosts may claim from it at once.</summary>
public sealed class PostgreSqlOutboxStore(NpgsqlDataSource dataSource) : IOutboxStore
{
    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0)
        {
            return Task.CompletedTask;
        }

        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(OutboxRows.InsertSql(), connection);
            OutboxRows.AddInsertParameters(command.Parameters, messages);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string botId, DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        if (max <= 0)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([]);
        }

        return DatabaseCalls.RunAsync<IReadOnlyList<OutboxMessage>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(OutboxClaim.Sql, connection);
            command.Parameters.Text("bot", botId).Instant("now", now).Integer("max", max).Instant("lease", leaseUntil);
            var claimed = new List<OutboxMessage>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    claimed.Add(OutboxRows.Read(reader));
                }
            }

            // RETURNING comes in no particular order: hand them out in the claim's.
            return claimed.OrderBy(m => m.Priority).ThenBy(m => m.CreatedAt).ThenBy(m => m.Sequence).ToList();
        }, cancellationToken);
    }

    public Task MarkSentAsync(string messageId, CancellationToken cancellationToken = default) =>
        ChangeAsync("UPDATE outbox SET status = 2, last_error = NULL WHERE id = @id", messageId, null, cancellationToken);

    /// <summary>Only a message that can still leave goes back to pending: one already sent or given up stays so.</summary>
    public Task RescheduleAsync(string messageId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync("UPDATE outbox SET status = 0, not_before = @not_before, last_error = @reason WHERE id = @id AND status IN (0, 1)",
            messageId, p => p.Instant("not_before", notBefore).Text("reason", reason), cancellationToken);

    public Task MarkFailedAsync(string messageId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync("UPDATE outbox SET status = 3, last_error = @reason WHERE id = @id", messageId, p => p.Text("reason", reason), cancellationToken);

    public Task<OutboxCounts> CountAsync(string botId, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT status, count(*) FROM outbox WHERE bot_id = @bot GROUP BY status", connection);
            command.Parameters.Text("bot", botId);
            var counts = new long[4];
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetInt16(0)] = reader.GetInt64(1);
            }

            return new OutboxCounts((int)counts[0], (int)counts[1], (int)counts[2], (int)counts[3]);
        }, cancellationToken);

    /// <summary>An unknown id changes nothing.</summary>
    private Task ChangeAsync(string sql, string messageId, Action<NpgsqlParameterCollection>? parameters, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Text("id", messageId);
            parameters?.Invoke(command.Parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
