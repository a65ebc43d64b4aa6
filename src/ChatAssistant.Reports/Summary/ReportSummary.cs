namespace ChatAssistant.Reports.Summary;

/// <summary>One municipality's figures for a period: what GET /api/reports/summary returns and the exports hold.</summary>
public sealed record ReportSummary
{
    public required string Tenant { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required string TimeZone { get; init; }

    /// <summary>Citizens' messages in the period.</summary>
    public long Turns { get; init; }
    public long Answered { get; init; }
    public long Escalated { get; init; }
    public long NotUnderstood { get; init; }

    /// <summary>Answered by the bot over all turns, 0 to 1 (0 with no turns).</summary>
    public double AnsweredShare { get; init; }

    /// <summary>Topic or intent id → turns, most first.</summary>
    public required IReadOnlyDictionary<string, long> ByTopic { get; init; }
    public required IReadOnlyDictionary<string, long> ByChannel { get; init; }

    /// <summary>Every day of the period (yyyy-MM-dd) → turns, zero included.</summary>
    public required IReadOnlyDictionary<string, long> ByDay { get; init; }

    /// <summary>"00" to "23" → turns, zero included.</summary>
    public required IReadOnlyDictionary<string, long> ByHour { get; init; }

    /// <summary>The questions most often not understood, redacted, most first.</summary>
    public required IReadOnlyList<QuestionCount> NotUnderstoodTop { get; init; }

    public required HandoffFigures Handoff { get; init; }
    public required SatisfactionFigures Satisfaction { get; init; }
    public required IReadOnlyList<DeskAppointments> Appointments { get; init; }
}

public sealed record QuestionCount(string Question, long Count);

/// <summary>Waits and handling times in seconds (nearest rank over <see cref="Events.SecondsBuckets"/>); null with no chats.</summary>
public sealed record HandoffFigures(long Claimed, double? WaitP50Seconds, double? WaitP90Seconds, long Closed, double? HandlingP50Seconds, double? HandlingP90Seconds);

/// <summary>Survey answers, their average (null with none) and how many gave each rating "1" to "5".</summary>
public sealed record SatisfactionFigures(long Answers, double? Average, IReadOnlyDictionary<string, long> Distribution);

public sealed record DeskAppointments(string Desk, long Booked, long Attended, long NoShow);
