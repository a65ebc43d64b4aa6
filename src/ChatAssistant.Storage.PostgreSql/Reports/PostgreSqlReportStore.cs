using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;
using NpgsqlTypes;

namespace ChatAssistant.Storage.PostgreSql.Reports;

/// <summary>
/// The reports' counters in PostgreSQL: one upsert adds a batch (amounts summed first, rows in key order so two hosts
/// adding at once lock rows in the same order and never deadlock); a report is one statement that sums in the database.
/// </summary>
public sealed class PostgreSqlReportStore(NpgsqlDataSource dataSource) : IReportStore
{
    public Task AddAsync(IReadOnlyList<UsageCounter> counters, int maxQuestionsPerDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counters);
        if (counters.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = counters.GroupBy(c => (c.TenantId, c.Day, c.Dimension, c.Key))
            .Select(g => (g.Key.TenantId, g.Key.Day, g.Key.Dimension, g.Key.Key, Amount: g.Sum(c => c.Count)))
            .OrderBy(r => r.TenantId, StringComparer.Ordinal).ThenBy(r => r.Day).ThenBy(r => r.Dimension, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO usage_counters (tenant_id, day, dimension, counter_key, amount)
                SELECT * FROM unnest(@tenants, @days, @dimensions, @keys, @amounts)
                ON CONFLICT (tenant_id, day, dimension, counter_key) DO UPDATE SET amount = usage_counters.amount + excluded.amount
                """, connection);
            command.Parameters.TextArray("tenants", rows.Select(r => (string?)r.TenantId).ToArray());
            command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = rows.Select(r => r.Day).ToArray() });
            command.Parameters.TextArray("dimensions", rows.Select(r => (string?)r.Dimension).ToArray());
            command.Parameters.TextArray("keys", rows.Select(r => (string?)r.Key).ToArray());
            command.Parameters.Add(new NpgsqlParameter("amounts", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(r => r.Amount).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<UsageTotal>> ReadAsync(string tenantId, DateOnly from, DateOnly to, int topQuestions, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync<IReadOnlyList<UsageTotal>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT dimension, counter_key, sum(amount)::bigint, NULL::date FROM usage_counters
                 WHERE tenant_id = @tenant AND day BETWEEN @from AND @to AND dimension <> ALL(@perDay) AND dimension <> @question
                 GROUP BY dimension, counter_key
                UNION ALL
                SELECT dimension, counter_key, amount, day FROM usage_counters
                 WHERE tenant_id = @tenant AND day BETWEEN @from AND @to AND dimension = ANY(@perDay)
                UNION ALL
                (SELECT dimension, counter_key, sum(amount)::bigint, NULL::date FROM usage_counters
                  WHERE tenant_id = @tenant AND day BETWEEN @from AND @to AND dimension = @question
                  GROUP BY dimension, counter_key ORDER BY 3 DESC, 2 LIMIT @top)
                """, connection);
            command.Parameters.Text("tenant", tenantId).Text("question", Dimensions.Question).Integer("top", Math.Max(0, topQuestions))
                .TextArray("perDay", Dimensions.PerDay.Select(d => (string?)d).ToArray());
            command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
            command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var totals = new List<UsageTotal>();
            while (await reader.ReadAsync(cancellationToken))
            {
                totals.Add(new UsageTotal(reader.GetString(0), reader.GetString(1), reader.GetInt64(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3)));
            }

            return totals;
        }, cancellationToken);

    public Task<long> PurgeBeforeAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand("""
                WITH gone AS (DELETE FROM usage_counters WHERE day < @day RETURNING tenant_id, day)
                SELECT count(*) FROM (SELECT DISTINCT tenant_id, day FROM gone) AS days
                """, connection);
            command.Parameters.Add(new NpgsqlParameter("day", NpgsqlDbType.Date) { Value = day });
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);
}
