using ChatAssistant.Core.Events;
using ChatAssistant.Reports.Events;
using Prometheus;

namespace ChatAssistant.Reports.Metrics;

/// <summary>
/// What /metrics shows that the usage events already carry: turns, the recognizer's outcomes, handoff waits and
/// handling times. Counted as events are recorded, so they cost nothing more. Labels never name a person.
/// </summary>
public static class ServiceMetrics
{
    private static readonly double[] WaitBuckets = [5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200];

    public static readonly Counter Turns = Prometheus.Metrics.CreateCounter(
        "chatassistant_turns_total", "Citizens' messages handled, by municipality, channel and outcome.", "tenant", "channel", "outcome");

    public static readonly Counter Recognizer = Prometheus.Metrics.CreateCounter(
        "chatassistant_recognizer_outcomes_total", "Turns by what the recognizer found: a topic, an intent, or nothing.", "tenant", "result");

    public static readonly Histogram HandoffWait = Prometheus.Metrics.CreateHistogram(
        "chatassistant_handoff_wait_seconds", "From joining the queue to a volunteer taking the chat.",
        new HistogramConfiguration { LabelNames = ["tenant"], Buckets = WaitBuckets });

    public static readonly Histogram HandoffHandling = Prometheus.Metrics.CreateHistogram(
        "chatassistant_handoff_handling_seconds", "From a volunteer taking the chat to closing it.",
        new HistogramConfiguration { LabelNames = ["tenant"], Buckets = WaitBuckets });

    public static readonly Counter EventsDropped = Prometheus.Metrics.CreateCounter(
        "chatassistant_usage_events_dropped_total", "Usage events dropped because the reports' queue was full (the store is slow or away).");

    public static void Observe(UsageEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Kind)
        {
            case UsageKinds.Turn:
                var outcome = UsageRollup.OutcomeKey(e.Outcome ?? UsageOutcome.Answered);
                Turns.WithLabels(e.TenantId, e.Channel ?? "unknown", outcome).Inc();
                Recognizer.WithLabels(e.TenantId, e.Outcome == UsageOutcome.NotUnderstood ? "none"
                    : e.Topic?.StartsWith("intent:", StringComparison.Ordinal) == true ? "intent" : "topic").Inc();
                break;
            case UsageKinds.HandoffClaimed when e.WaitSeconds is { } wait:
                HandoffWait.WithLabels(e.TenantId).Observe(wait);
                break;
            case UsageKinds.HandoffClosed when e.HandlingSeconds is { } handling:
                HandoffHandling.WithLabels(e.TenantId).Observe(handling);
                break;
        }
    }
}
