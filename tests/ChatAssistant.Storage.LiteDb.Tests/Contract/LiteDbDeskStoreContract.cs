using ChatAssistant.Appointments.Storage;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.Contract.Appointments;
using ChatAssistant.Storage.LiteDb.Appointments;

namespace ChatAssistant.Storage.LiteDb.Tests.Contract;

public sealed class LiteDbDeskStoreContract : DeskStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override IDeskStore DesksOf(StoreSet stores) => new LiteDbDeskStore((LiteDbStore)stores.Owner);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}
