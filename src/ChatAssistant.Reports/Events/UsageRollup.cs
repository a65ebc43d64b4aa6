using System.Globalization;
using ChatAssistant.Core.Events;

namespace ChatAssistant.Reports.Events;

/// <summary>Turns events into the increments of their day's counters, summed: a batch of events becomes few writes.</summary>
public sealed class UsageRollup(TimeZoneInfo zone)
{
    public IReadOnlyList<UsageCounter> Of(IEnumerable<UsageEvent> events)
    {
        var sums = new Dictionary<(string Tenant, DateOnly Day, string Dimension, string Key), long>();
        foreach (var e in events)
        {
            var local = TimeZoneInfo.ConvertTime(e.At, zone);
            var day = DateOnly.FromDateTime(local.DateTime);
            foreach (var (dimension, key) in CountersOf(e, local.Hour))
            {
                var id = (e.TenantId, day, dimension, key);
                sums[id] = sums.GetValueOrDefault(id) + 1;
            }
        }

        return sums.Select(s => new UsageCounter(s.Key.Tenant, s.Key.Day, s.Key.Dimension, s.Key.Key, s.Value)).ToList();
    }

    public static string OutcomeKey(UsageOutcome outcome) => outcome switch
    {
        UsageOutcome.Answered => "answered",
        UsageOutcome.Escalated => "escalated",
        UsageOutcome.NotUnderstood => "not-understood",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private static IEnumerable<(string Dimension, string Key)> CountersOf(UsageEvent e, int hour)
    {
        switch (e.Kind)
        {
            case UsageKinds.Turn:
                yield return (Dimensions.Topic, e.Topic ?? "none");
                yield return (Dimensions.Channel, e.Channel ?? "unknown");
                yield return (Dimensions.Outcome, OutcomeKey(e.Outcome ?? UsageOutcome.Answered));
                yield return (Dimensions.Hour, hour.ToString("00", CultureInfo.InvariantCulture));
                if (e is { Outcome: UsageOutcome.NotUnderstood, Question: { Length: > 0 } question })
                {
                    yield return (Dimensions.Question, question);
                }

                break;
            case UsageKinds.HandoffClaimed when e.WaitSeconds is { } wait:
                yield return (Dimensions.Wait, SecondsBuckets.Key(wait));
                break;
            case UsageKinds.HandoffClosed when e.HandlingSeconds is { } handling:
                yield return (Dimensions.Handling, SecondsBuckets.Key(handling));
                break;
            case UsageKinds.SurveyAnswered when e.Score is >= 1 and <= 5:
                yield return (Dimensions.Score, e.Score.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case UsageKinds.AppointmentBooked or UsageKinds.AppointmentAttended or UsageKinds.AppointmentNoShow when e.Desk is { Length: > 0 } desk:
                yield return (e.Kind, desk);
                break;
        }
    }
}
