using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.DataProtection;
using ChatAssistant.Storage.LiteDb.Accounts;
using ChatAssistant.Storage.Contract;

namespace ChatAssistant.Storage.LiteDb.Tests.Contract;

// The shared storage contract, run against a real LiteDB file in a temp folder.

public sealed class LiteDbConversationStoreContract : ConversationStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}

public sealed class LiteDbCitizenStoreContract : CitizenStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}

public sealed class LiteDbOutboxStoreContract : OutboxStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}

public sealed class LiteDbLeaseStoreContract : LeaseStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}

public sealed class LiteDbRetentionStoreContract : RetentionStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}

internal static class LiteDbStores
{
    public static StoreSet Open(TempDataFolder folder)
    {
        var store = new LiteDbStore(folder.Path);
        return new StoreSet(store, store, store, store, store, store, store);
    }

    public static Task DeleteAsync(TempDataFolder folder)
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class LiteDbStaffAccountStoreContract : StaffAccountStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override IStaffAccountStore Accounts => new LiteDbStaffAccountStore((LiteDbStore)Stores.Owner);

    protected override IDataProtectionKeyStore Keys => new LiteDbDataProtectionKeyStore((LiteDbStore)Stores.Owner);

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}

public sealed class LiteDbHandoffStoreContract : ChatAssistant.Storage.Contract.Handoff.HandoffStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override ChatAssistant.Handoff.Storage.IHandoffStore HandoffOf(StoreSet stores) =>
        new ChatAssistant.Storage.LiteDb.Handoff.LiteDbHandoffStore((LiteDbStore)stores.Owner);

    protected override ChatAssistant.Handoff.Storage.IVolunteerPresenceStore PresenceOf(StoreSet stores) =>
        new ChatAssistant.Storage.LiteDb.Handoff.LiteDbVolunteerPresenceStore((LiteDbStore)stores.Owner);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}

public sealed class LiteDbCivicReportStoreContract : ChatAssistant.Storage.Contract.CivicReports.CivicReportStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override ChatAssistant.CivicReports.Storage.ICivicReportStore ReportsOf(StoreSet stores) =>
        new ChatAssistant.Storage.LiteDb.CivicReports.LiteDbCivicReportStore((LiteDbStore)stores.Owner);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}
