using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Citizens;

/// <summary>
/// The right to be forgotten, inside the caller's transaction: the citizen record, the state and transcript of every
/// conversation of theirs and the messages still waiting to reach them. Each conversation keeps only its head, which
/// holds nothing personal: version 0 (a new state may start) and its last sequence (a web chat's watermark goes on).
/// </summary>
internal static class CitizenErasure
{
    /// <summary>
    /// Locks the conversations first, in key order, so two erasures of one citizen (or an erasure and a turn that also
    /// erases) wait for each other instead of deadlocking. <c>@keep</c> is the conversation whose turn asked for the
    /// erasure: it is locked with the others and its transcript is erased, but its head is left for the turn to write.
    /// </summary>
    private const string LockSql = """
        SELECT key FROM conversations WHERE citizen_id = @citizen OR key = @keep ORDER BY key FOR UPDATE
        """;

    private const string EraseSql = """
        WITH theirs AS (
            SELECT key FROM conversations WHERE citizen_id = @citizen
        ), transcripts AS (
            DELETE FROM transcript WHERE conversation_key IN (SELECT key FROM theirs)
        ), waiting AS (
            DELETE FROM outbox WHERE status IN (0, 1) AND chat_key IN (SELECT key FROM theirs)
        ), heads AS (
            UPDATE conversations SET version = 0, state = NULL, citizen_id = NULL, tenant_id = NULL, updated_at = NULL
            WHERE citizen_id = @citizen AND key IS DISTINCT FROM @keep
        )
        DELETE FROM citizens WHERE id = @citizen
        """;

    public static async Task EraseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string citizenId, string? keepKey, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var sql in new[] { LockSql, EraseSql })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Text("citizen", citizenId).Text("keep", keepKey);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
