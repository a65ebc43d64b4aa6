using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// What a run allocates, by type (the bench's --allocations): the runtime reports an allocation tick about every
/// 100 KB allocated, naming the type of the object that crossed it, so over a run the totals are proportional to
/// what each type costs. Names the big allocators without a profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int Shown = 20;

    // A field initialiser runs before EventListener's constructor, which already calls OnEventSourceCreated.
    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public void Print(int turns)
    {
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(entry => entry.Value).Take(Shown))
        {
            Console.WriteLine($"      {bytes / 1024.0 / turns,6:F1} KB per turn  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeEvents)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "GCAllocationTick_V4" || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var bytes = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        _bytesByType.AddOrUpdate(type, bytes, (_, total) => total + bytes);
    }
}
