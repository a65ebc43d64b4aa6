using ChatAssistant.Core.Outbox;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Outbox;

/// <summary>Outbox messages to and from rows. The store numbers messages (the identity column), not the caller.</summary>
internal static class OutboxRows
{
    public const string Columns = "id, sequence, bot_id, channel_id, chat_id, priority, activity_json, status, attempts, created_at, not_before, last_error";

    /// <summary>
    /// Inserts the messages of @o_* in their order, ignoring an id already stored (idempotent enqueue). <paramref name="from"/>
    /// prefixes the FROM list, e.g. "head, " to insert only when a turn's version check won.
    /// </summary>
    public static string InsertSql(string from = "") => $"""
        INSERT INTO outbox (id, bot_id, channel_id, chat_id, priority, activity_json, status, attempts, created_at, not_before, last_error)
        SELECT m.id, m.bot_id, m.channel_id, m.chat_id, m.priority, m.activity_json, m.status, m.attempts, m.created_at, m.not_before, m.last_error
        FROM {from}unnest(@o_id, @o_bot, @o_channel, @o_chat, @o_priority, @o_json, @o_status, @o_attempts, @o_created, @o_not_before, @o_error)
            WITH ORDINALITY AS m(id, bot_id, channel_id, chat_id, priority, activity_json, status, attempts, created_at, not_before, last_error, n)
        ORDER BY m.n
        ON CONFLICT (id) DO NOTHING
        """;

    public static void AddInsertParameters(NpgsqlParameterCollection parameters, IReadOnlyList<OutboxMessage> messages) =>
        parameters
            .TextArray("o_id", messages.Select(m => m.Id).ToArray())
            .TextArray("o_bot", messages.Select(m => m.BotId).ToArray())
            .TextArray("o_channel", messages.Select(m => m.ChannelId).ToArray())
            .TextArray("o_chat", messages.Select(m => m.ChatId).ToArray())
            .SmallintArray("o_priority", messages.Select(m => (short)m.Priority).ToArray())
            .TextArray("o_json", messages.Select(m => m.ActivityJson).ToArray())
            .SmallintArray("o_status", messages.Select(m => (short)m.Status).ToArray())
            .IntegerArray("o_attempts", messages.Select(m => m.Attempts).ToArray())
            .InstantArray("o_created", messages.Select(m => m.CreatedAt))
            .InstantArray("o_not_before", messages.Select(m => m.NotBefore))
            .TextArray("o_error", messages.Select(m => m.LastError).ToArray());

    /// <summary>Reads a row selected with <see cref="Columns"/>, in that order.</summary>
    public static OutboxMessage Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Sequence = reader.GetInt64(1),
        BotId = reader.GetString(2),
        ChannelId = reader.GetString(3),
        ChatId = reader.GetString(4),
        Priority = (OutboxPriority)reader.GetInt16(5),
        ActivityJson = reader.GetString(6),
        Status = (OutboxStatus)reader.GetInt16(7),
        Attempts = reader.GetInt32(8),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(9),
        NotBefore = reader.GetFieldValue<DateTimeOffset>(10),
        LastError = reader.IsDBNull(11) ? null : reader.GetString(11),
    };
}
