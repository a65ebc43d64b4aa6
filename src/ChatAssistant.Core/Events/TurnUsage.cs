namespace ChatAssistant.Core.Events;

/// <summary>
/// What the bot learned about a turn, for its usage event: the topic or intent and the outcome. The pipeline records
/// the event once the turn is stored; unset values fall back to the running flow and to "answered".
/// </summary>
public sealed class TurnUsage
{
    public string? Topic { get; set; }

    public UsageOutcome? Outcome { get; set; }
}
