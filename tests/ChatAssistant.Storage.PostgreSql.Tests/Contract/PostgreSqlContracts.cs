using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.DataProtection;
using ChatAssistant.Storage.PostgreSql.Accounts;
using Npgsql;
using ChatAssistant.Storage.Contract;

namespace ChatAssistant.Storage.PostgreSql.Tests.Contract;

// The shared storage contract, run against a real PostgreSQL, each test on a schema of its own. The contract opens its
// stores synchronously, so each class creates its schema first by re-implementing IAsyncLifetime around the contract's.

public sealed class PostgreSqlConversationStoreContract : ConversationStoreContract, IAsyncLifetime
{
    private readonly TestSchema _schema = new();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _schema.CreateAsync();
        await InitializeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

public sealed class PostgreSqlCitizenStoreContract : CitizenStoreContract, IAsyncLifetime
{
    private readonly TestSchema _schema = new();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _schema.CreateAsync();
        await InitializeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

public sealed class PostgreSqlOutboxStoreContract : OutboxStoreContract, IAsyncLifetime
{
    private readonly TestSchema _schema = new();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _schema.CreateAsync();
        await InitializeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

public sealed class PostgreSqlStaffAccountStoreContract : StaffAccountStoreContract, IAsyncLifetime
{
    private readonly TestSchema _schema = new();

    protected override IStaffAccountStore Accounts => new PostgreSqlStaffAccountStore((NpgsqlDataSource)Stores.Owner);

    protected override IDataProtectionKeyStore Keys => new PostgreSqlDataProtectionKeyStore((NpgsqlDataSource)Stores.Owner);

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _schema.CreateAsync();
        await InitializeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}
