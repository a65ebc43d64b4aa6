namespace ChatAssistant.Core.Storage;

/// <summary>
/// Named leases in the store, for work that must run on one host at a time (polling a Telegram bot, draining its
/// outbox). A lease is held until its time runs out; the holder renews it well before. When the holder dies, another
/// host takes it once it expires.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="holder"/> until <paramref name="until"/> when it is
    /// free, expired at <paramref name="now"/>, or already this holder's (a renewal). Exactly one of several hosts
    /// asking at once wins.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it, so another host need not wait for it to expire.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default);
}
