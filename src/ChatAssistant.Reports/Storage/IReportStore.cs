using ChatAssistant.Reports.Events;

namespace ChatAssistant.Reports.Storage;

/// <summary>
/// The reports' per-day counters. Nothing here names a person: counters are keyed by municipality, day, dimension
/// and key. Adding is commutative, so hosts may add to one counter at once and every increment counts.
/// </summary>
public interface IReportStore
{
    /// <summary>Adds each amount to its counter (creating it). Past <paramref name="maxQuestionsPerDay"/> distinct questions
    /// in a day, an engine may count new ones under <see cref="Dimensions.OtherQuestions"/>.</summary>
    Task AddAsync(IReadOnlyList<UsageCounter> counters, int maxQuestionsPerDay, CancellationToken cancellationToken = default);

    /// <summary>
    /// The municipality's counters from <paramref name="from"/> to <paramref name="to"/> (inclusive): the
    /// <see cref="Dimensions.PerDay"/> dimensions day by day, the others summed over the period, and of the questions
    /// only the <paramref name="topQuestions"/> most counted (ties by text).
    /// </summary>
    Task<IReadOnlyList<UsageTotal>> ReadAsync(string tenantId, DateOnly from, DateOnly to, int topQuestions, CancellationToken cancellationToken = default);

    /// <summary>Deletes every counter of a day before <paramref name="day"/>; returns how many days (per municipality) went.</summary>
    Task<long> PurgeBeforeAsync(DateOnly day, CancellationToken cancellationToken = default);
}
