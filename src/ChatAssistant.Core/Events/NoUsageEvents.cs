namespace ChatAssistant.Core.Events;

/// <summary>A composition without reports (the CLI, unit tests) records nothing.</summary>
public sealed class NoUsageEvents : IUsageEvents
{
    public static NoUsageEvents Instance { get; } = new();

    public void Record(UsageEvent usageEvent)
    {
    }
}
