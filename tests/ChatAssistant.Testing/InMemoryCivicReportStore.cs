using System.Collections.Concurrent;
using ChatAssistant.CivicReports;
using ChatAssistant.CivicReports.Storage;

namespace ChatAssistant.Testing;

/// <summary>Citizens' reports in memory, for the bot's transcript tests (the engines have the contract suite).</summary>
public sealed class InMemoryCivicReportStore : ICivicReportStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Code), (string Json, CivicPhoto? Photo)> _reports = new();

    public IReadOnlyList<CivicReport> All => _reports.Values.Select(v => CivicReportJson.Deserialize(v.Json)).ToList();

    public Task<bool> TryInsertAsync(CivicReport report, CivicPhoto? photo, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reports.TryAdd((report.TenantId, report.Code), (CivicReportJson.Serialize(report), photo)));

    public Task<CivicReport?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reports.TryGetValue((tenantId, code), out var r) ? CivicReportJson.Deserialize(r.Json) : null);

    public Task<CivicPhoto?> GetPhotoAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reports.TryGetValue((tenantId, code), out var r) ? r.Photo : null);

    public Task<IReadOnlyList<CivicReport>> ListAsync(string tenantId, CivicReportStatus? status, string? category, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CivicReport>>(All.Where(r => r.TenantId == tenantId && (status is null || r.Status == status) && (category is null || r.Category == category))
            .OrderByDescending(r => r.CreatedAt).Take(limit).ToList());

    public Task<bool> TryMoveAsync(string tenantId, string code, CivicReportStatus from, CivicReportStatus to, string? note, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_reports)
        {
            if (!_reports.TryGetValue((tenantId, code), out var stored) || CivicReportJson.Deserialize(stored.Json) is not { } report || report.Status != from)
            {
                return Task.FromResult(false);
            }

            report.Status = to;
            report.Note = note ?? report.Note;
            report.UpdatedAt = at;
            report.ClosedAt = to == CivicReportStatus.Closed ? at : report.ClosedAt;
            _reports[(tenantId, code)] = (CivicReportJson.Serialize(report), stored.Photo);
            return Task.FromResult(true);
        }
    }

    public Task<int> PurgeClosedAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken = default)
    {
        var old = All.Where(r => r.ClosedAt < closedBefore).ToList();
        old.ForEach(r => _reports.TryRemove((r.TenantId, r.Code), out _));
        return Task.FromResult(old.Count);
    }
}
