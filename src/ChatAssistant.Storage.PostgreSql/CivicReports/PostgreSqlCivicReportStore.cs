using ChatAssistant.CivicReports;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;
using NpgsqlTypes;

namespace ChatAssistant.Storage.PostgreSql.CivicReports;

/// <summary>
/// Reports in PostgreSQL, the photo as bytea beside them (deleted with the report by the foreign key). The status move
/// is one UPDATE ... WHERE status = @from: of hosts moving one report at once, one changes the row, the others none.
/// </summary>
public sealed class PostgreSqlCivicReportStore(NpgsqlDataSource dataSource) : ICivicReportStore
{
    public Task<bool> TryInsertAsync(CivicReport report, CivicPhoto? photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = new NpgsqlCommand("""
                INSERT INTO civic_reports (tenant_id, code, citizen_id, status, category, created_at, closed_at, report)
                VALUES (@tenant, @code, @citizen, @status, @category, @created, NULL, @report)
                ON CONFLICT (tenant_id, code) DO NOTHING
                """, connection, transaction);
            insert.Parameters.Text("tenant", report.TenantId).Text("code", report.Code).Text("citizen", report.CitizenId)
                .Smallint("status", (short)report.Status).Text("category", report.Category).Instant("created", report.CreatedAt)
                .Jsonb("report", CivicReportJson.Serialize(report));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }

            if (photo is not null)
            {
                await using var store = new NpgsqlCommand(
                    "INSERT INTO civic_report_photos (tenant_id, code, content_type, bytes) VALUES (@tenant, @code, @type, @bytes)", connection, transaction);
                store.Parameters.Text("tenant", report.TenantId).Text("code", report.Code).Text("type", photo.ContentType);
                store.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Bytea) { Value = photo.Bytes });
                await store.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    public async Task<CivicReport?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT report::text FROM civic_reports WHERE tenant_id = @tenant AND code = @code",
            p => p.Text("tenant", tenantId).Text("code", code), cancellationToken) is [var report, ..] ? report : null;

    public Task<CivicPhoto?> GetPhotoAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT content_type, bytes FROM civic_report_photos WHERE tenant_id = @tenant AND code = @code", connection);
            command.Parameters.Text("tenant", tenantId).Text("code", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? new CivicPhoto(reader.GetString(0), reader.GetFieldValue<byte[]>(1)) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<CivicReport>> ListAsync(string tenantId, CivicReportStatus? status, string? category, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync("""
            SELECT report::text FROM civic_reports
            WHERE tenant_id = @tenant AND (@status < 0 OR status = @status) AND (@category IS NULL OR category = @category)
            ORDER BY created_at DESC, code LIMIT @limit
            """,
            p => p.Text("tenant", tenantId).Smallint("status", (short)(status is { } s ? (int)s : -1)).Text("category", category).Integer("limit", Math.Max(0, limit)),
            cancellationToken);

    public Task<bool> TryMoveAsync(string tenantId, string code, CivicReportStatus from, CivicReportStatus to, string? note, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                UPDATE civic_reports
                SET status = @to,
                    closed_at = CASE WHEN @closing THEN @at ELSE closed_at END,
                    report = report || jsonb_build_object('Status', @to::int, 'UpdatedAt', @at)
                        || CASE WHEN @closing THEN jsonb_build_object('ClosedAt', @at) ELSE '{}'::jsonb END
                        || CASE WHEN @note IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('Note', @note::text) END
                WHERE tenant_id = @tenant AND code = @code AND status = @from
                """, connection);
            command.Parameters.Text("tenant", tenantId).Text("code", code).Smallint("from", (short)from).Smallint("to", (short)to)
                .Boolean("closing", to == CivicReportStatus.Closed).Instant("at", at).Text("note", note);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public Task<int> PurgeClosedAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM civic_reports WHERE closed_at IS NOT NULL AND closed_at < @before", connection);
            command.Parameters.Instant("before", closedBefore);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private Task<IReadOnlyList<CivicReport>> QueryAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync<IReadOnlyList<CivicReport>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            bind(command.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var reports = new List<CivicReport>();
            while (await reader.ReadAsync(cancellationToken))
            {
                reports.Add(CivicReportJson.Deserialize(reader.GetString(0)));
            }

            return reports;
        }, cancellationToken);
}
