namespace ChatAssistant.Reports.Events;

/// <summary>The counters a day keeps, one per dimension and key (e.g. topic "spid-ottenere": 42).</summary>
public static class Dimensions
{
    /// <summary>Turns by topic or intent id.</summary>
    public const string Topic = "topic";

    /// <summary>Turns by channel.</summary>
    public const string Channel = "channel";

    /// <summary>Turns by outcome (answered, escalated, not-understood): also the day's turns, their sum.</summary>
    public const string Outcome = "outcome";

    /// <summary>Turns by hour of the day in the report's time zone ("00" to "23").</summary>
    public const string Hour = "hour";

    /// <summary>Questions not understood (redacted) by count.</summary>
    public const string Question = "question";

    /// <summary>Handoff waits, by <see cref="SecondsBuckets"/> bucket.</summary>
    public const string Wait = "wait";

    /// <summary>Handoff handling times, by <see cref="SecondsBuckets"/> bucket.</summary>
    public const string Handling = "handling";

    /// <summary>Survey ratings "1" to "5".</summary>
    public const string Score = "score";

    /// <summary>Appointments booked, attended and missed, by desk: the dimension is the event kind.</summary>
    public const string Booked = Core.Events.UsageKinds.AppointmentBooked;

    public const string Attended = Core.Events.UsageKinds.AppointmentAttended;

    public const string NoShow = Core.Events.UsageKinds.AppointmentNoShow;

    /// <summary>Where the questions past <see cref="ReportOptions.MaxQuestionsPerDay"/> are counted.</summary>
    public const string OtherQuestions = "(altre domande)";

    /// <summary>The dimensions the store returns day by day; the others come summed over the period.</summary>
    public static IReadOnlyList<string> PerDay { get; } = [Outcome];
}
