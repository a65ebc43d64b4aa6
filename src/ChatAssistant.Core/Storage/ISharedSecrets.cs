namespace ChatAssistant.Core.Storage;

/// <summary>
/// Secrets the service makes for itself and every host must share (the web chat's token signing key, a Telegram
/// webhook's secret): created once, by whichever host asks first, and kept in the store.
/// </summary>
public interface ISharedSecrets
{
    /// <summary>The secret named <paramref name="name"/>; when there is none yet, <paramref name="create"/> makes it and it is stored, unless another host stored one first (then that one is returned).</summary>
    Task<string> GetOrCreateAsync(string name, Func<string> create, CancellationToken cancellationToken = default);
}
