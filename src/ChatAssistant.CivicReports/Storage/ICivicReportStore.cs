namespace ChatAssistant.CivicReports.Storage;

/// <summary>Reports and their photos, on every engine (LiteDB, PostgreSQL) against one contract suite.</summary>
public interface ICivicReportStore
{
    /// <summary>Stores the report and its photo together; false (nothing stored) when the tenant already has that code.</summary>
    Task<bool> TryInsertAsync(CivicReport report, CivicPhoto? photo, CancellationToken cancellationToken = default);

    Task<CivicReport?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default);

    Task<CivicPhoto?> GetPhotoAsync(string tenantId, string code, CancellationToken cancellationToken = default);

    /// <summary>The tenant's reports, newest first, optionally of one status and one category, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CivicReport>> ListAsync(string tenantId, CivicReportStatus? status, string? category, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the report from <paramref name="from"/> to <paramref name="to"/> only if it is still in <paramref name="from"/>:
    /// of several writers moving the same report at once, exactly one succeeds. Closing sets ClosedAt to <paramref name="at"/>.
    /// </summary>
    Task<bool> TryMoveAsync(string tenantId, string code, CivicReportStatus from, CivicReportStatus to, string? note, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Deletes reports closed before <paramref name="closedBefore"/>, with their photos; returns how many.</summary>
    Task<int> PurgeClosedAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken = default);
}
