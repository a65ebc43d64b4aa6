namespace ChatAssistant.Core.Events;

/// <summary>
/// Where capabilities record anonymous usage events. <see cref="Record"/> never blocks and never throws: it hands the
/// event to a background writer, so a citizen's reply never waits for the reports (a crash may lose the last second
/// of events, never a reply).
/// </summary>
public interface IUsageEvents
{
    void Record(UsageEvent usageEvent);
}
