namespace ChatAssistant.Storage.PostgreSql.Outbox;

/// <summary>
/// The claim: one statement that hosts may run at the same moment without ever taking one message twice.
/// </summary>
internal static class OutboxClaim
{
    /// <summary>
    /// A bot's due messages that head their chat (no older message of the chat can still leave: a chat's messages leave
    /// one at a time, in order), by priority then age, locked with SKIP LOCKED so a message another host is claiming is
    /// passed over. PostgreSQL rechecks status and not_before on a row that changed while it waited, so a message
    /// another host just claimed or sent is not taken.
    /// </summary>
    public const string Sql = $"""
        WITH claimable AS (
            SELECT o.id
            FROM outbox o
            WHERE o.bot_id = @bot AND o.status IN (0, 1) AND o.not_before <= @now
              AND NOT EXISTS (
                  SELECT 1 FROM outbox older
                  WHERE older.channel_id = o.channel_id AND older.chat_id = o.chat_id AND older.bot_id = o.bot_id
                    AND older.status IN (0, 1)
                    AND (older.created_at, older.sequence) < (o.created_at, o.sequence))
            ORDER BY o.priority, o.created_at, o.sequence
            LIMIT @max
            FOR UPDATE OF o SKIP LOCKED
        )
        UPDATE outbox SET status = 1, not_before = @lease, attempts = outbox.attempts + 1
        FROM claimable
        WHERE outbox.id = claimable.id
        RETURNING {Columns}
        """;

    private const string Columns =
        "outbox.id, outbox.sequence, outbox.bot_id, outbox.channel_id, outbox.chat_id, outbox.priority, outbox.activity_json, " +
        "outbox.status, outbox.attempts, outbox.created_at, outbox.not_before, outbox.last_error";
}
