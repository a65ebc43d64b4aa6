using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;
using NpgsqlTypes;

namespace ChatAssistant.Storage.PostgreSql.Reports;

/// <summary>
/// The reports' counters in PostgreSQL: one upsert adds a batch (amounts summed first, rows in key order so two hosts
/// adding at once lock rows in the same order and never deadlock), after <see cref="QuestionCap"/>; a report is one
/// statement that sums in the database.
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

        return DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var known = await KnownQuestionsAsync(connection, counters, cancellationToken);
            var rows = QuestionCap.Apply(counters, (tenant, day) => known.GetValueOrDefault((tenant, day)) ?? new HashSet<string>(), maxQuestionsPerDay)
                .GroupBy(c => (c.TenantId, c.Dimension, c.Day, c.Key))
                .Select(g => (g.Key.TenantId, g.Key.Dimension, g.Key.Day, g.Key.Key, Amount: g.Sum(c => c.Count)))
                .OrderBy(r => r.TenantId, StringComparer.Ordinal).ThenBy(r => r.Dimension, StringComparer.Ordinal).ThenBy(r => r.Day).ThenBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            await using var command = new NpgsqlCommand("""
                INSERT INTO usage_counters (tenant_id, dimension, day, counter_key, amount)
                SELECT * FROM unnest(@tenants, @dimensions, @days, @keys, @amounts)
                ON CONFLICT (tenant_id, dimension, day, counter_key) DO UPDATE SET amount = usage_counters.amount + excluded.amount
                """, connection, transaction);
            command.Parameters.TextArray("tenants", rows.Select(r => (string?)r.TenantId).ToArray());
            command.Parameters.TextArray("dimensions", rows.Select(r => (string?)r.Dimension).ToArray());
            command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = rows.Select(r => r.Day).ToArray() });
            command.Parameters.TextArray("keys", rows.Select(r => (string?)r.Key).ToArray());
            command.Parameters.Add(new NpgsqlParameter("amounts", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(r => r.Amount).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The question keys already stored for the batch's days, read under a transaction-scoped advisory lock so that two
    /// hosts adding questions at once apply the cap one after the other (flushes are about once a second per host).
    /// </summary>
    private static async Task<Dictionary<(string, DateOnly), IReadOnlySet<string>>> KnownQuestionsAsync(
        NpgsqlConnection connection, IReadOnlyList<UsageCounter> counters, CancellationToken cancellationToken)
    {
        var days = counters.Where(c => c.Dimension == Dimensions.Question).Select(c => (c.TenantId, c.Day)).Distinct().ToList();
        var known = new Dictionary<(string, DateOnly), IReadOnlySet<string>>();
        if (days.Count == 0)
        {
            return known;
        }

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@class, hashtext(current_schema() || ':usage-questions'))", connection))
        {
            lockCommand.Parameters.Integer("class", Schema.PostgreSqlSchema.LockClass);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand("""
            SELECT u.tenant_id, u.day, u.counter_key FROM unnest(@tenants, @days) AS d(tenant_id, day)
              JOIN usage_counters u ON u.tenant_id = d.tenant_id AND u.dimension = @question AND u.day = d.day
            """, connection);
        command.Parameters.TextArray("tenants", days.Select(d => (string?)d.TenantId).ToArray()).Text("question", Dimensions.Question);
        command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = days.Select(d => d.Day).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sets = new Dictionary<(string, DateOnly), HashSet<string>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(0), reader.GetFieldValue<DateOnly>(1));
            if (!sets.TryGetValue(key, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                sets[key] = set;
            }

            set.Add(reader.GetString(2));
        }

        foreach (var (key, set) in sets)
        {
            known[key] = set;
        }

        return known;
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
