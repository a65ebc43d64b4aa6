namespace ChatAssistant.Core.Storage;

/// <summary>Whether the store can take turns now, for the host's readiness check; each engine says it in its own words.</summary>
public interface IStoreHealth
{
    Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default);
}

/// <param name="Detail">A plain reason an operator can act on; never a password, never an absolute path.</param>
public sealed record StoreHealth(bool IsReady, string Detail);
