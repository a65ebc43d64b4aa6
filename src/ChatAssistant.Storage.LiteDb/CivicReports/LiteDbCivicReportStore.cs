using ChatAssistant.CivicReports;
using ChatAssistant.CivicReports.Storage;

namespace ChatAssistant.Storage.LiteDb.CivicReports;

/// <summary>Reports and photos in the embedded file: reads straight from LiteDB, writes on the store's one writer (so each check-then-write is atomic).</summary>
public sealed class LiteDbCivicReportStore(LiteDbStore store) : ICivicReportStore
{
    public Task<bool> TryInsertAsync(CivicReport report, CivicPhoto? photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return store.Writer.Write(db => CivicReportDocuments.Insert(db, report, photo), cancellationToken);
    }

    public Task<CivicReport?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        Task.FromResult(CivicReportDocuments.Get(store.Database, tenantId, code));

    public Task<CivicPhoto?> GetPhotoAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        Task.FromResult(CivicReportDocuments.Photo(store.Database, tenantId, code));

    public Task<IReadOnlyList<CivicReport>> ListAsync(string tenantId, CivicReportStatus? status, string? category, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(CivicReportDocuments.List(store.Database, tenantId, status, category, limit));

    public Task<bool> TryMoveAsync(string tenantId, string code, CivicReportStatus from, CivicReportStatus to, string? note, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => CivicReportDocuments.Move(db, tenantId, code, from, to, note, at), cancellationToken);

    public Task<int> PurgeClosedAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db => CivicReportDocuments.PurgeClosed(db, closedBefore), cancellationToken);
}
