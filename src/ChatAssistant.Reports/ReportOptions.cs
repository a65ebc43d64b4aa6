namespace ChatAssistant.Reports;

/// <summary>The "ChatAssistant:Reports" section.</summary>
public sealed class ReportOptions
{
    public const string Section = "ChatAssistant:Reports";

    /// <summary>Days and hours of the reports are counted in this time zone (IANA id). Default: Europe/Rome.</summary>
    public string TimeZone { get; set; } = "Europe/Rome";

    /// <summary>The longest period one report may cover, in days; a longer one is refused (400). Default: 1,100 (three years).</summary>
    public int MaxPeriodDays { get; set; } = 1100;

    /// <summary>How many "not understood" questions the report lists, most frequent first. Default: 20.</summary>
    public int TopQuestions { get; set; } = 20;

    /// <summary>
    /// Distinct "not understood" questions kept per municipality and day (the embedded store keeps a day in one
    /// record); more on the same day are counted under "(altre domande)". Default: 100.
    /// </summary>
    public int MaxQuestionsPerDay { get; set; } = 100;

    /// <summary>Events wait at most this long in memory before they are added to the counters. Default: 1,000 ms.</summary>
    public int FlushMilliseconds { get; set; } = 1000;

    /// <summary>Events waiting in memory at most; past it new events are dropped (and counted in /metrics). Default: 100,000.</summary>
    public int QueueCapacity { get; set; } = 100_000;
}
