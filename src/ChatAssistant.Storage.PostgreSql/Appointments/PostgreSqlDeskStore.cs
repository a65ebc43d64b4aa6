using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Appointments;

/// <summary>Each tenant's edited desks as one row (schema 0011_appointment_desks); a save is one conditional update on the version.</summary>
public sealed class PostgreSqlDeskStore(NpgsqlDataSource dataSource) : IDeskStore
{
    public Task<IReadOnlyList<DeskSet>> ListAsync(CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync<IReadOnlyList<DeskSet>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT tenant_id, version, updated_at, desks::text FROM appointment_desks", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var list = new List<DeskSet>();
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(DeskSetJson.Deserialize(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3)));
            }

            return list;
        }, cancellationToken);

    public Task<bool> SeedAsync(DeskSet seed, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            INSERT INTO appointment_desks (tenant_id, version, updated_at, desks) VALUES (@tenant, @version, @updated, @desks)
            ON CONFLICT (tenant_id) DO NOTHING RETURNING 1
            """, seed, cancellationToken);

    public Task<bool> TrySaveAsync(DeskSet desks, CancellationToken cancellationToken = default) =>
        ExecuteAsync("""
            UPDATE appointment_desks SET version = @version, updated_at = @updated, desks = @desks
            WHERE tenant_id = @tenant AND version = @version - 1 RETURNING 1
            """, desks, cancellationToken);

    private Task<bool> ExecuteAsync(string sql, DeskSet desks, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Text("tenant", desks.TenantId).Bigint("version", desks.Version).Instant("updated", desks.UpdatedAt).Jsonb("desks", DeskSetJson.Serialize(desks));
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }, cancellationToken);
}
