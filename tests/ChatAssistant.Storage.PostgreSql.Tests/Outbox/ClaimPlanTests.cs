using ChatAssistant.Storage.PostgreSql.Database;
using ChatAssistant.Storage.PostgreSql.Outbox;
using Npgsql;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests.Outbox;

/// <summary>A claim reads one index entry per chat it looks at, however long the queue: the sender keeps its pace under a big announcement.</summary>
public sealed class ClaimPlanTests : SchemaPerTest
{
    [Fact]
    public async Task ClaimDueAsync_LongQueueWithoutStatisticsYet_FindsEachChatsHeadThroughTheChatIndex()
    {
        await using var dataSource = Schema.NewDataSource();
        // Just filled, never analysed: the state of an outbox right after an announcement to every subscriber.
        await new PostgreSqlOutboxStore(dataSource).EnqueueAsync(
            Enumerable.Range(0, 12_000).Select(i => OutboxMessage($"m{i}", $"chat{i % 4_000}", createdAt: Noon.AddMilliseconds(i))).ToList());

        await using var explain = dataSource.CreateCommand("EXPLAIN (COSTS OFF) " + OutboxClaim.Sql);
        explain.Parameters.Text("bot", "milano").Instant("now", Noon.AddMinutes(1)).Integer("max", 30).Instant("lease", Noon.AddHours(1));
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        var text = string.Join("\n", plan);
        Assert.Contains("Index Scan using outbox_queue on outbox o", text, StringComparison.Ordinal);
        Assert.Contains("Index Scan using outbox_chat on outbox head", text, StringComparison.Ordinal);
        Assert.Contains("Index Scan using outbox_chat on outbox leased", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", text, StringComparison.Ordinal);
    }
}
