using ChatAssistant.Reports.Events;

namespace ChatAssistant.Reports.Storage;

/// <summary>
/// Keeps a municipality's day to at most a number of distinct "not understood" questions: a question already counted
/// that day is always added to; a new one takes a free place or goes to <see cref="Dimensions.OtherQuestions"/>. Free
/// text is nearly always new, so without a cap a large municipality's year would be hundreds of thousands of
/// counters and its report slow. Both engines apply it, inside the write that adds the counters.
/// </summary>
public static class QuestionCap
{
    /// <param name="known">The question keys already stored for a municipality's day.</param>
    public static IReadOnlyList<UsageCounter> Apply(IReadOnlyList<UsageCounter> counters, Func<string, DateOnly, IReadOnlySet<string>> known, int maxPerDay)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(known);
        var result = new List<UsageCounter>(counters.Count);
        foreach (var day in counters.GroupBy(c => (c.TenantId, c.Day)))
        {
            var stored = known(day.Key.TenantId, day.Key.Day);
            var added = new HashSet<string>(StringComparer.Ordinal);
            foreach (var counter in day)
            {
                if (counter.Dimension != Dimensions.Question || counter.Key == Dimensions.OtherQuestions || stored.Contains(counter.Key) || added.Contains(counter.Key))
                {
                    result.Add(counter);
                }
                else if (stored.Count(k => k != Dimensions.OtherQuestions) + added.Count < maxPerDay)
                {
                    added.Add(counter.Key);
                    result.Add(counter);
                }
                else
                {
                    result.Add(counter with { Key = Dimensions.OtherQuestions });
                }
            }
        }

        return result;
    }
}
