namespace ChatAssistant.Core.Scheduling;

/// <summary>
/// The loop of a background service that does one pass now and then (reconcilers, refreshes): every interval until
/// the host stops; a pass that fails is reported and the next one tries again, so one bad pass never ends the loop.
/// </summary>
public static class PeriodicPass
{
    /// <param name="atStart">True: a first pass at once (start-up catches up); false: the first after one interval.</param>
    public static async Task RunAsync(
        TimeSpan every, TimeProvider clock, bool atStart, Func<CancellationToken, Task> pass, Action<Exception> failed, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(failed);
        using var timer = new PeriodicTimer(every, clock);
        if (!atStart && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
