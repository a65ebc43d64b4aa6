namespace ChatAssistant.Core.Events;

/// <summary>
/// One anonymous fact for the coordinators' reports. It carries no citizen id, no chat id and no message text: only
/// <see cref="Question"/> for a turn not understood, and that only after <see cref="Privacy.PersonalDataRedactor"/>.
/// Build it with the factory methods, one line at the place where the fact happens.
/// </summary>
public sealed record UsageEvent
{
    /// <summary>One of <see cref="UsageKinds"/>.</summary>
    public required string Kind { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>"telegram", "directline", ...: the channel of a turn or handoff.</summary>
    public string? Channel { get; init; }

    /// <summary>The topic or intent id of a turn (or of the chat handed to a volunteer).</summary>
    public string? Topic { get; init; }

    public UsageOutcome? Outcome { get; init; }

    /// <summary>A turn not understood: the question, redacted. Null for every other event.</summary>
    public string? Question { get; init; }

    public double? WaitSeconds { get; init; }

    public double? HandlingSeconds { get; init; }

    /// <summary>A survey's rating, 1 to 5.</summary>
    public int? Score { get; init; }

    /// <summary>An appointment's desk id.</summary>
    public string? Desk { get; init; }

    public static UsageEvent TurnOf(string tenantId, string channel, string topic, UsageOutcome outcome, string? question, DateTimeOffset at) => new()
    {
        Kind = UsageKinds.Turn, TenantId = tenantId, Channel = channel, Topic = topic, Outcome = outcome,
        Question = outcome == UsageOutcome.NotUnderstood ? Privacy.PersonalDataRedactor.ForReports(question) : null, At = at,
    };

    public static UsageEvent HandoffClaimed(string tenantId, string channel, TimeSpan wait, DateTimeOffset at) => new()
    {
        Kind = UsageKinds.HandoffClaimed, TenantId = tenantId, Channel = channel, WaitSeconds = Math.Max(0, wait.TotalSeconds), At = at,
    };

    public static UsageEvent HandoffClosed(string tenantId, string channel, TimeSpan handling, DateTimeOffset at) => new()
    {
        Kind = UsageKinds.HandoffClosed, TenantId = tenantId, Channel = channel, HandlingSeconds = Math.Max(0, handling.TotalSeconds), At = at,
    };

    public static UsageEvent SurveyAnswered(string tenantId, int score, DateTimeOffset at) => new()
    {
        Kind = UsageKinds.SurveyAnswered, TenantId = tenantId, Score = score, At = at,
    };

    public static UsageEvent Appointment(string kind, string tenantId, string desk, DateTimeOffset at) => new()
    {
        Kind = kind, TenantId = tenantId, Desk = desk, At = at,
    };

    public static UsageEvent AppointmentBooked(string tenantId, string desk, DateTimeOffset at) => Appointment(UsageKinds.AppointmentBooked, tenantId, desk, at);

    public static UsageEvent AppointmentAttended(string tenantId, string desk, DateTimeOffset at) => Appointment(UsageKinds.AppointmentAttended, tenantId, desk, at);

    public static UsageEvent AppointmentNoShow(string tenantId, string desk, DateTimeOffset at) => Appointment(UsageKinds.AppointmentNoShow, tenantId, desk, at);
}
