namespace ChatAssistant.Bench.Pipeline;

/// <summary>
/// The best latency any store that answers only once a write is on disk can give at this rate on this disk: writes
/// arriving at a fixed rate, made durable by group commit (one thread writes a 4 KB page and fsyncs for every write
/// that arrived meanwhile), nothing else running; latency counts from when each write was due, on the same schedule as
/// the pipeline's fixed-rate run. It is the floor the pipeline's p99 is measured against, as InsertBulk is the
/// throughput ceiling.
/// </summary>
internal static class DiskFloor
{
    public static RunResult Measure(string folder, int rate, TimeSpan duration)
    {
        var schedule = new FixedRateSchedule(rate, duration);
        var total = schedule.Total;
        var latencies = new double[total];
        var gate = new object();
        var arrived = 0;

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
                    latencies[flushed] = schedule.MillisecondsSinceDue(flushed);
                }
            }
        }) { Name = "bench disk floor flusher", IsBackground = true };
        flusher.Start();

        while (Volatile.Read(ref arrived) < total)
        {
            lock (gate)
            {
                arrived = Math.Max(arrived, schedule.DueByNow());
                Monitor.Pulse(gate);
            }

            FixedRateSchedule.WaitAMillisecond();
        }

        flusher.Join();
        return RunResult.Of([.. latencies], schedule.Elapsed);
    }
}
