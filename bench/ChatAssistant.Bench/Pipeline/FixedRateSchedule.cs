using System.Diagnostics;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// Arrivals due at a fixed rate from a start, for the pipeline's fixed-rate run and the disk floor alike, so that both
/// count latency from the same due times.
/// </summary>
/// <remarks>
/// Paced by a dedicated thread that sleeps 1 ms at a time (Thread.Sleep(1) takes ~1.15 ms here): .NET timers
/// (Task.Delay, PeriodicTimer) tick every ~4 ms on this machine, which would release arrivals in bursts up to 4 ms late.
/// </remarks>
internal sealed class FixedRateSchedule(int rate, TimeSpan duration)
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public int Total { get; } = (int)(rate * duration.TotalSeconds);

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_start);

    /// <summary>How many arrivals are due by now (at most <see cref="Total"/>).</summary>
    public int DueByNow() => Math.Min(Total, (int)(Elapsed.TotalSeconds * rate) + 1);

    /// <summary>Milliseconds since arrival <paramref name="index"/> was due.</summary>
    public double MillisecondsSinceDue(int index) =>
        Stopwatch.GetElapsedTime(_start + (long)(index * (double)Stopwatch.Frequency / rate)).TotalMilliseconds;

    /// <summary>The pacing thread's wait between two looks at the clock.</summary>
    public static void WaitAMillisecond()
    {
#pragma warning disable RS0030 // a dedicated thread, not the thread pool: the one place a blocking 1 ms sleep is what is wanted
        Thread.Sleep(1);
#pragma warning restore RS0030
    }
}
