namespace ChatAssistant.Storage.PostgreSql.Outbox;

/// <summary>
/// The claim: one statement that hosts may run at the same moment without ever taking one message twice.
/// </summary>
internal static class OutboxClaim
{
    /// <summary>
    /// A bot's due messages that head their chat (the chat's oldest message that can still leave: a chat's messages leave
    /// one at a time, in order), by priority then age, locked with SKIP LOCKED so a message another host is claiming is
    /// passed over. PostgreSQL rechecks status and not_before on a row that changed while it waited, so a message
    /// another host just claimed or sent is not taken. The head is found with ORDER BY ... LIMIT 1, which only the chat
    /// index answers in one step: a NOT EXISTS over older messages was planned as a scan of the whole queue per
    /// candidate while the table had no statistics yet (200 ms a claim at 24,000 pending).
    /// A chat with a message under a live lease waits even when an older message appears in it meanwhile (two hosts
    /// enqueuing to one chat, the older commit landing last): a chat never has two messages in flight. The same
    /// ORDER BY ... LIMIT 1 shape keeps that lookup on the chat index.
    /// </summary>
    public const string Sql = $"""
        WITH claimable AS (
            SELECT o.id
            FROM outbox o
            WHERE o.bot_id = @bot AND o.status IN (0, 1) AND o.not_before <= @now
              AND o.id = (
                  SELECT head.id FROM outbox head
                  WHERE head.chat_key = o.chat_key AND head.bot_id = o.bot_id AND head.status IN (0, 1)
                  ORDER BY head.created_at, head.sequence
                  LIMIT 1)
              AND NOT EXISTS (
                  SELECT 1 FROM (
                      SELECT 1 FROM outbox leased
                      WHERE leased.chat_key = o.chat_key AND leased.bot_id = o.bot_id AND leased.status IN (0, 1)
                        AND leased.status = 1 AND leased.not_before > @now AND leased.id <> o.id
                      ORDER BY leased.created_at, leased.sequence
                      LIMIT 1) AS busy)
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
