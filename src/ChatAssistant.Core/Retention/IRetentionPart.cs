namespace ChatAssistant.Core.Retention;

/// <summary>
/// A capability's own data that the daily <see cref="RetentionPurge"/> also trims (e.g. the reports' usage counters).
/// Idempotent, like the purge: running twice deletes nothing more.
/// </summary>
public interface IRetentionPart
{
    /// <returns>A short line for the purge's log, e.g. "12 days of usage counters older than 730 days".</returns>
    Task<string> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
