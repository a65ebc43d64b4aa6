using System.Diagnostics;

namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// The best latency any store that answers only once a write is on disk can give at this rate on this disk: writes
/// arriving at a fixed rate, made durable by group commit (one thread writes a 4 KB page and fsyncs for every write
/// that arrived meanwhile), nothing else running; latency counts from when each write was due, as in the pipeline's
/// fixed-rate run. It is the floor the pipeline's p99 is measured against, as InsertBulk is the throughput ceiling.
/// </summary>
internal static class DiskFloor
{
    public static RunResult Measure(string folder, int rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new double[total];
        var gate = new object();
        var arrived = 0;
        var start = Stopwatch.GetTimestamp();
        long DueAt(int index) => start + (long)(index * (double)Stopwatch.Frequency / rate);

        Directory.CreateDirectory(folder);
        var flusher = new Thread(() =>
        {
            using var file = new FileStream(Path.Combine(folder, "disk-floor.bin"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
            var page = new byte[4096];
            var flushed = 0;
            while (flushed < total)
            {
                int upTo;
                lock (gate)
                {
                    while (arrived == flushed)
                    {
                        Monitor.Wait(gate);
                    }

                    upTo = arrived;
                }

                file.Write(page);
                file.Flush(flushToDisk: true);
                for (; flushed < upTo; flushed++)
                {
                    latencies[flushed] = Stopwatch.GetElapsedTime(DueAt(flushed)).TotalMilliseconds;
                }
            }
        }) { Name = "bench disk floor flusher", IsBackground = true };
        flusher.Start();

        while (Volatile.Read(ref arrived) < total)
        {
            var due = Math.Min(total, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            lock (gate)
            {
                arrived = Math.Max(arrived, due);
                Monitor.Pulse(gate);
            }

#pragma warning disable RS0030 // a dedicated thread pacing arrivals, as the pipeline's launcher does
            Thread.Sleep(1);
#pragma warning restore RS0030
        }

        flusher.Join();
        return RunResult.Of([.. latencies], Stopwatch.GetElapsedTime(start));
    }
}
