namespace ChatAssistant.Core.Storage;

/// <summary>
/// Start-up work that needs the store, when the store was away at start (PostgreSQL not reachable yet): tried again in
/// the background, waiting 1, 2, 4, … up to 30 s between tries, until it succeeds or the host stops. The host serves
/// meanwhile, not ready.
/// </summary>
public static class StoreRetry
{
    public static async Task UntilAvailableAsync(Func<CancellationToken, Task> work, TimeProvider clock, Action<StoreUnavailableException> stillAway, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(stillAway);
        for (var attempt = 1; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(attempt, 5) - 1))), clock, stopping);
                await work(stopping);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (StoreUnavailableException ex)
            {
                stillAway(ex);
            }
        }
    }
}
