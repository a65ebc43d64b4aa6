using ChatAssistant.Core.Storage;

namespace ChatAssistant.Storage.Contract;

/// <summary>The stores of one engine, and what closes them.</summary>
public sealed record StoreSet(IConversationStore Conversations, ICitizenStore Citizens, IOutboxStore Outbox, IAsyncDisposable Owner,
    ILeaseStore? Leases = null, ISharedSecrets? Secrets = null);

/// <summary>
/// Base of every contract class. An engine's test project derives from the contract classes and says how to open
/// its stores on storage private to the test; opening again after closing must find the same data.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreSet? _stores;

    protected StoreSet Stores => _stores ?? throw new InvalidOperationException("The stores are not open.");

    protected IConversationStore Conversations => Stores.Conversations;

    protected ICitizenStore Citizens => Stores.Citizens;

    protected IOutboxStore Outbox => Stores.Outbox;

    protected ILeaseStore Leases => Stores.Leases ?? throw new InvalidOperationException("This engine's StoreSet has no lease store.");

    protected ISharedSecrets Secrets => Stores.Secrets ?? throw new InvalidOperationException("This engine's StoreSet has no shared secrets.");

    /// <summary>Opens the engine on this test's storage (again, after a close).</summary>
    protected abstract StoreSet OpenStores();

    /// <summary>Called once before the stores are first opened: create the test's storage here (a database schema, say).</summary>
    protected virtual Task CreateStorageAsync() => Task.CompletedTask;

    /// <summary>Called once the stores are closed at the end of the test: delete the test's storage here.</summary>
    protected virtual Task DeleteStorageAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await CreateStorageAsync();
        _stores = OpenStores();
    }

    public async Task DisposeAsync()
    {
        if (_stores is not null)
        {
            await _stores.Owner.DisposeAsync();
            _stores = null;
        }

        await DeleteStorageAsync();
    }

    /// <summary>Closes the stores and opens them again, as a restart would.</summary>
    protected async Task ReopenAsync()
    {
        await Stores.Owner.DisposeAsync();
        _stores = OpenStores();
    }
}
