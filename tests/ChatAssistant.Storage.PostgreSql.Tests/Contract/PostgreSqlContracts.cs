using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.DataProtection;
using ChatAssistant.Storage.PostgreSql.Accounts;
using Npgsql;
using ChatAssistant.Storage.Contract;

namespace ChatAssistant.Storage.PostgreSql.Tests.Contract;

// The shared storage contract, run against a real PostgreSQL, each test on a schema of its own.

public sealed class PostgreSqlConversationStoreContract : ConversationStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}

public sealed class PostgreSqlCitizenStoreContract : CitizenStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}

public sealed class PostgreSqlOutboxStoreContract : OutboxStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}

public sealed class PostgreSqlLeaseStoreContract : LeaseStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}

public sealed class PostgreSqlRetentionStoreContract : RetentionStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}

public sealed class PostgreSqlHandoffStoreContract : ChatAssistant.Storage.Contract.Handoff.HandoffStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override ChatAssistant.Handoff.Storage.IHandoffStore HandoffOf(StoreSet stores) =>
        new ChatAssistant.Storage.PostgreSql.Handoff.PostgreSqlHandoffStore((NpgsqlDataSource)stores.Owner);

    protected override ChatAssistant.Handoff.Storage.IVolunteerPresenceStore PresenceOf(StoreSet stores) =>
        new ChatAssistant.Storage.PostgreSql.Handoff.PostgreSqlVolunteerPresenceStore((NpgsqlDataSource)stores.Owner);

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}

public sealed class PostgreSqlStaffAccountStoreContract : StaffAccountStoreContract
{
    private readonly TestSchema _schema = new();

    protected override IStaffAccountStore Accounts => new PostgreSqlStaffAccountStore((NpgsqlDataSource)Stores.Owner);

    protected override IDataProtectionKeyStore Keys => new PostgreSqlDataProtectionKeyStore((NpgsqlDataSource)Stores.Owner);

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}

public sealed class PostgreSqlCivicReportStoreContract : ChatAssistant.Storage.Contract.CivicReports.CivicReportStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override ChatAssistant.CivicReports.Storage.ICivicReportStore ReportsOf(StoreSet stores) =>
        new ChatAssistant.Storage.PostgreSql.CivicReports.PostgreSqlCivicReportStore((NpgsqlDataSource)stores.Owner);

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}
