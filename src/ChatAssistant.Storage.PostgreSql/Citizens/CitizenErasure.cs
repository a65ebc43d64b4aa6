using ChatAssistant.Core.Citizens;
using ChatAssistant.Storage.PostgreSql.Appointments;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Citizens;

/// <summary>
/// The right to be forgotten, inside the caller's transaction: the citizen record, the state and transcript of every
/// conversation of theirs, every outbox message of those chats, sent and failed ones too (they hold the reply
/// and the chat id), and what each capability keeps about them: handoff tickets, open or closed (copies of their
/// messages, the note, the survey comment), reports with photos. Each conversation keeps only its head, which
/// holds nothing personal: version 0 (a new state may start) and its last sequence (a web chat's watermark goes on).
/// Their bookings and reminders go too (AppointmentSql.EraseCitizen).
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

    /// <summary>Group chats the member wrote in: the others' messages stay, whoever spoke last.</summary>
    private const string GroupsOfMember = """
        SELECT key FROM conversations
        WHERE (state -> 'Participants') @> jsonb_build_array(@citizen::text) AND coalesce((state ->> 'IsGroup')::boolean, false)
        """;

    private static readonly string[] GroupSql =
    [
        $"""
        UPDATE transcript t SET activity_json = json_build_object('type', 'event', 'name', 'erased', 'id', t.activity_id)::text
        WHERE t.conversation_key IN ({GroupsOfMember})
          AND ((t.activity_json::jsonb) -> 'from' ->> 'id' = @user OR (t.activity_json::jsonb) -> 'recipient' ->> 'id' = @user)
        """,
        $"""
        DELETE FROM outbox o WHERE o.chat_key IN ({GroupsOfMember}) AND (o.activity_json::jsonb) -> 'recipient' ->> 'id' = @user
        """,
        $$"""
        UPDATE conversations
        SET state = jsonb_set(state, '{Participants}', (state -> 'Participants') - @citizen::text)
                || CASE WHEN citizen_id = @citizen THEN '{"CitizenId": null}'::jsonb ELSE '{}'::jsonb END,
            citizen_id = CASE WHEN citizen_id = @citizen THEN NULL ELSE citizen_id END,
            version = version + 1
        WHERE key IN ({{GroupsOfMember}})
        """,
    ];

    /// <summary>Their reports (segnalazioni); the photos go with them (foreign key, on delete cascade).</summary>
    private const string CivicReportsSql = "DELETE FROM civic_reports WHERE citizen_id = @citizen";

    private const string EraseSql = """
        WITH theirs AS (
            SELECT key FROM conversations WHERE citizen_id = @citizen AND NOT coalesce((state ->> 'IsGroup')::boolean, false)
        ), transcripts AS (
            DELETE FROM transcript WHERE conversation_key IN (SELECT key FROM theirs)
        ), waiting AS (
            DELETE FROM outbox WHERE chat_key IN (SELECT key FROM theirs)
        ), tickets AS (
            DELETE FROM handoff_tickets WHERE conversation_key IN (SELECT key FROM theirs)
        ), heads AS (
            UPDATE conversations SET version = 0, state = NULL, citizen_id = NULL, tenant_id = NULL, updated_at = NULL
            WHERE key IN (SELECT key FROM theirs) AND key IS DISTINCT FROM @keep
        )
        DELETE FROM citizens WHERE id = @citizen
        """;

    public static async Task EraseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string citizenId, string? keepKey, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        // Neighbourhood announcements: the consent and every copy (it names the chat) go in the same transaction.
        foreach (var sql in new[] { LockSql }.Concat(GroupSql).Append(CivicReportsSql).Append(AppointmentSql.EraseCitizen).Append(EraseSql).Append(Announcements.AnnouncementSql.EraseCitizen))
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Text("citizen", citizenId).Text("keep", keepKey).Text("user", GroupErasure.ChannelUserIdOf(citizenId));
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
