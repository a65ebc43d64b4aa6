using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Storage;

namespace ChatAssistant.Storage.LiteDb.Reports;

/// <summary>The reports' day counters in the embedded file: adds run on the store's one writer (read, add, write is one step).</summary>
public sealed class LiteDbReportStore(LiteDbStore store) : IReportStore
{
    public Task AddAsync(IReadOnlyList<UsageCounter> counters, int maxQuestionsPerDay, CancellationToken cancellationToken = default) =>
        counters.Count == 0 ? Task.CompletedTask : store.Writer.Write(db => UsageDocuments.Add(db, counters, maxQuestionsPerDay), cancellationToken);

    public Task<IReadOnlyList<UsageTotal>> ReadAsync(string tenantId, DateOnly from, DateOnly to, int topQuestions, CancellationToken cancellationToken = default) =>
        Task.FromResult(UsageDocuments.Read(store.Database, tenantId, from, to, topQuestions));

    public Task<long> PurgeBeforeAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => (long)UsageDocuments.PurgeBefore(db, day), cancellationToken);
}
