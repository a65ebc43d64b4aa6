using ChatAssistant.Handoff.Canned;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Handoff;

/// <summary>
/// Tickets and canned replies in PostgreSQL. The conditional update is one UPDATE ... WHERE version = @expected: of
/// hosts updating one ticket at once, the first takes the row lock, the others wait for it, re-read the row, find the
/// version moved on and change nothing.
/// </summary>
public sealed class PostgreSqlHandoffStore(NpgsqlDataSource dataSource) : IHandoffStore
{
    private const string Columns = "ticket::text, version";

    public Task InsertAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO handoff_tickets (id, tenant_id, conversation_key, is_open, queued_at, closed_at, version, ticket)
                VALUES (@id, @tenant, @conversation, @open, @queued, @closed, 1, @ticket)
                """, connection);
            Bind(command, ticket, 1).Text("tenant", ticket.TenantId).Text("conversation", ticket.ConversationKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            ticket.Version = 1;
        }, cancellationToken);
    }

    public async Task<Ticket?> GetAsync(string ticketId, CancellationToken cancellationToken = default) =>
        First(await QueryAsync($"SELECT {Columns} FROM handoff_tickets WHERE id = @id", p => p.Text("id", ticketId), cancellationToken));

    public Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var expected = ticket.Version;
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE handoff_tickets SET is_open = @open, queued_at = @queued, closed_at = @closed, version = @version, ticket = @ticket
                WHERE id = @id AND version = @expected
                """, connection);
            Bind(command, ticket, expected + 1).Bigint("expected", expected);
            var updated = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
            if (updated)
            {
                ticket.Version = expected + 1;
            }

            return updated;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Ticket>> ListOpenAsync(string tenantId, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM handoff_tickets WHERE tenant_id = @tenant AND is_open ORDER BY queued_at, id",
            p => p.Text("tenant", tenantId), cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListClosedSinceAsync(string tenantId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM handoff_tickets WHERE tenant_id = @tenant AND NOT is_open AND closed_at >= @since ORDER BY closed_at DESC LIMIT @limit",
            p => p.Text("tenant", tenantId).Instant("since", since).Integer("limit", Math.Max(0, limit)), cancellationToken);

    public async Task<Ticket?> FindOpenByConversationAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        First(await QueryAsync($"SELECT {Columns} FROM handoff_tickets WHERE conversation_key = @conversation AND is_open LIMIT 1",
            p => p.Text("conversation", conversationKey), cancellationToken));

    public Task<IReadOnlyList<CannedReply>> ListCannedRepliesAsync(string tenantId, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync<IReadOnlyList<CannedReply>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT id, title, body FROM handoff_canned_replies WHERE tenant_id = @tenant ORDER BY title, id", connection);
            command.Parameters.Text("tenant", tenantId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var replies = new List<CannedReply>();
            while (await reader.ReadAsync(cancellationToken))
            {
                replies.Add(new CannedReply(tenantId, reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return replies;
        }, cancellationToken);

    public Task SaveCannedReplyAsync(CannedReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO handoff_canned_replies (tenant_id, id, title, body) VALUES (@tenant, @id, @title, @body)
                ON CONFLICT (tenant_id, id) DO UPDATE SET title = excluded.title, body = excluded.body
                """, connection);
            command.Parameters.Text("tenant", reply.TenantId).Text("id", reply.Id).Text("title", reply.Title).Text("body", reply.Text);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<bool> DeleteCannedReplyAsync(string tenantId, string replyId, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM handoff_canned_replies WHERE tenant_id = @tenant AND id = @id", connection);
            command.Parameters.Text("tenant", tenantId).Text("id", replyId);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private static Ticket? First(IReadOnlyList<Ticket> tickets) => tickets.Count > 0 ? tickets[0] : null;

    private static NpgsqlParameterCollection Bind(NpgsqlCommand command, Ticket ticket, long version)
    {
        var stored = TicketJson.Deserialize(TicketJson.Serialize(ticket));
        stored.Version = version;
        command.Parameters.Text("id", ticket.Id).Boolean("open", ticket.IsOpen).Instant("queued", ticket.QueuedAt)
            .Bigint("version", version).Jsonb("ticket", TicketJson.Serialize(stored));
        command.Parameters.Add(new NpgsqlParameter("closed", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = ticket.ClosedAt is { } closed ? closed.ToUniversalTime() : DBNull.Value });
        return command.Parameters;
    }

    private Task<IReadOnlyList<Ticket>> QueryAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync<IReadOnlyList<Ticket>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            bind(command.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var tickets = new List<Ticket>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var ticket = TicketJson.Deserialize(reader.GetString(0));
                ticket.Version = reader.GetInt64(1);
                tickets.Add(ticket);
            }

            return tickets;
        }, cancellationToken);
}
