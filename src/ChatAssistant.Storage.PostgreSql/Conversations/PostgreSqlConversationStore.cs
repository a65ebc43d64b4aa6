using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Citizens;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Conversations;

/// <summary>
/// Conversation states and transcripts on PostgreSQL. Nothing is kept in memory: every host reads what the others
/// committed.
/// </summary>
public sealed class PostgreSqlConversationStore(NpgsqlDataSource dataSource) : IConversationStore
{
    /// <summary>Activities outside a turn take the next sequences under the row lock and leave the version alone.</summary>
    private const string AppendSql = $"""
        WITH head AS (
            INSERT INTO conversations AS c (key, version, last_sequence) VALUES (@key, 0, @t_count)
            ON CONFLICT (key) DO UPDATE SET last_sequence = c.last_sequence + @t_count
            RETURNING last_sequence
        ), transcript_rows AS (
        {TranscriptRows.InsertSql}
        ), {TranscriptRows.NotifySql}
        SELECT last_sequence FROM head, notified
        """;

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT version, state::text FROM conversations WHERE key = @key AND state IS NOT NULL", connection);
            command.Parameters.Text("key", conversationKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? StateJson.Deserialize(reader.GetString(1), reader.GetInt64(0)) : null;
        }, cancellationToken);

    /// <summary>
    /// One statement (one round trip, its own transaction) for a turn; a turn that erases its citizen runs the erasure
    /// and that statement in one transaction, rolled back whole when the version check loses.
    /// </summary>
    public async Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await CommitAsync(commit, cancellationToken);
        }
        finally
        {
            TurnCommitMetrics.Commit.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private Task<TurnCommitResult> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var erasedCitizen = commit.EraseCitizen ? commit.Citizen?.Id ?? commit.State.CitizenId : null;
        var turn = new TurnStatement(commit, writeCitizen: erasedCitizen is null);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            if (erasedCitizen is null)
            {
                return await turn.ExecuteAsync(connection, null, cancellationToken);
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await CitizenErasure.EraseAsync(connection, transaction, erasedCitizen, commit.State.Key, cancellationToken);
            var result = await turn.ExecuteAsync(connection, transaction, cancellationToken);
            if (result.Committed)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            return result;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        if (activities.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);
        }

        var rows = new TranscriptRows(conversationKey, activities);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(AppendSql, connection);
            command.Parameters.Text("key", conversationKey);
            rows.AddParameters(command.Parameters);
            var lastSequence = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return rows.Entries(lastSequence);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);
        }

        return DatabaseCalls.RunAsync<IReadOnlyList<TranscriptEntry>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT sequence, activity_id, activity_json, activity_time FROM transcript
                WHERE conversation_key = @key AND sequence > @after
                ORDER BY sequence LIMIT @limit
                """, connection);
            command.Parameters.Text("key", conversationKey).Bigint("after", afterSequence).Integer("limit", limit);
            var entries = new List<TranscriptEntry>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(new TranscriptEntry(conversationKey, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
            }

            return entries;
        }, cancellationToken);
    }
}
