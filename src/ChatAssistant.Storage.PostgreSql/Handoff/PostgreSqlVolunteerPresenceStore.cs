using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Handoff;

/// <summary>Presence rows shared by every host: a heartbeat is one upsert of the host's volunteers and one delete of expired rows.</summary>
public sealed class PostgreSqlVolunteerPresenceStore(NpgsqlDataSource dataSource) : IVolunteerPresenceStore
{
    public Task BeatAsync(string hostId, IReadOnlyList<Volunteer> volunteers, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(volunteers);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var batch = new NpgsqlBatch(connection);
            var expired = new NpgsqlBatchCommand("DELETE FROM handoff_presence WHERE expires_at < @now");
            expired.Parameters.Instant("now", now);
            batch.BatchCommands.Add(expired);
            foreach (var volunteer in volunteers)
            {
                var upsert = new NpgsqlBatchCommand("""
                    INSERT INTO handoff_presence (tenant_id, volunteer_id, host_id, name, skills, expires_at)
                    VALUES (@tenant, @volunteer, @host, @name, @skills, @until)
                    ON CONFLICT (tenant_id, volunteer_id, host_id) DO UPDATE SET name = excluded.name, skills = excluded.skills, expires_at = excluded.expires_at
                    """);
                upsert.Parameters.Text("tenant", volunteer.TenantId).Text("volunteer", volunteer.Id).Text("host", hostId).Text("name", volunteer.Name)
                    .TextArray("skills", [.. volunteer.Skills]).Instant("until", until);
                batch.BatchCommands.Add(upsert);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task RemoveAsync(string hostId, string tenantId, string volunteerId, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM handoff_presence WHERE tenant_id = @tenant AND volunteer_id = @volunteer AND host_id = @host", connection);
            command.Parameters.Text("tenant", tenantId).Text("volunteer", volunteerId).Text("host", hostId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<IReadOnlyList<Volunteer>> ListOnlineAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync<IReadOnlyList<Volunteer>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT DISTINCT ON (volunteer_id) volunteer_id, name, skills FROM handoff_presence
                WHERE tenant_id = @tenant AND expires_at > @now ORDER BY volunteer_id, expires_at DESC
                """, connection);
            command.Parameters.Text("tenant", tenantId).Instant("now", now);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var online = new List<Volunteer>();
            while (await reader.ReadAsync(cancellationToken))
            {
                online.Add(new Volunteer(reader.GetString(0), reader.GetString(1), tenantId, reader.GetFieldValue<string[]>(2)));
            }

            return online;
        }, cancellationToken);
}
