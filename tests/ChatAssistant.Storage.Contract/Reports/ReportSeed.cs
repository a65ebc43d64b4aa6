using ChatAssistant.Core.Events;
using ChatAssistant.Reports;
using ChatAssistant.Reports.Events;

namespace ChatAssistant.Storage.Contract.Reports;

/// <summary>
/// A November of one municipality (Europe/Rome, UTC+1), small enough to count by hand; every figure the reports show
/// is asserted from it. Plus events of another municipality and of December that must not count.
/// </summary>
public static class ReportSeed
{
    public const string Tenant = "milano";
    public static readonly DateOnly From = new(2026, 11, 1);
    public static readonly DateOnly To = new(2026, 11, 30);

    /// <summary>What the citizen typed; the report must show it redacted: no name, no phone number.</summary>
    public const string RawQuestion = "Mi chiamo Mario Rossi, il 333 1234567 non va";
    public const string RedactedQuestion = "mi chiamo [nome], il [numero] non va";

    public static IReadOnlyList<UsageEvent> Events()
    {
        static DateTimeOffset At(int day, int hour, int minute) => new(2026, 11, day, hour - 1, minute, 0, TimeSpan.Zero);
        var events = new List<UsageEvent>();
        for (var i = 0; i < 3; i++)
        {
            events.Add(UsageEvent.TurnOf(Tenant, "telegram", "spid-ottenere", UsageOutcome.Answered, null, At(2, 9, 15 + i)));
        }

        events.Add(UsageEvent.TurnOf(Tenant, "directline", "cie-richiedere", UsageOutcome.Answered, null, At(2, 17, 40)));
        events.Add(UsageEvent.TurnOf(Tenant, "telegram", "none", UsageOutcome.NotUnderstood, RawQuestion, At(3, 10, 0)));
        events.Add(UsageEvent.TurnOf(Tenant, "telegram", "none", UsageOutcome.NotUnderstood, RawQuestion, At(3, 10, 1)));
        events.Add(UsageEvent.TurnOf(Tenant, "telegram", "handoff", UsageOutcome.Escalated, null, At(3, 10, 5)));
        foreach (var wait in new[] { 30, 60, 90, 600 })
        {
            events.Add(UsageEvent.HandoffClaimed(Tenant, "telegram", TimeSpan.FromSeconds(wait), At(3, 11, 0)));
        }

        events.Add(UsageEvent.HandoffClosed(Tenant, "telegram", TimeSpan.FromSeconds(300), At(3, 12, 0)));
        events.Add(UsageEvent.HandoffClosed(Tenant, "telegram", TimeSpan.FromSeconds(900), At(3, 12, 0)));
        foreach (var score in new[] { 5, 4, 4, 2 })
        {
            events.Add(UsageEvent.SurveyAnswered(Tenant, score, At(3, 12, 30)));
        }

        events.Add(UsageEvent.AppointmentBooked(Tenant, "centro", At(4, 9, 0)));
        events.Add(UsageEvent.AppointmentBooked(Tenant, "centro", At(4, 9, 30)));
        events.Add(UsageEvent.AppointmentBooked(Tenant, "nord", At(4, 10, 0)));
        events.Add(UsageEvent.AppointmentAttended(Tenant, "centro", At(20, 9, 0)));
        events.Add(UsageEvent.AppointmentNoShow(Tenant, "centro", At(20, 9, 30)));

        // Not in the report: another municipality, and the day after the period.
        events.Add(UsageEvent.TurnOf("cremona", "telegram", "spid-ottenere", UsageOutcome.Answered, null, At(2, 9, 0)));
        events.Add(UsageEvent.TurnOf(Tenant, "telegram", "spid-ottenere", UsageOutcome.Answered, null, new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero)));
        return events;
    }

    public static IReadOnlyList<UsageCounter> Counters() => new UsageRollup(ReportTimeZone.Of(new ReportOptions())).Of(Events());
}
