using ChatAssistant.Announcements.Storage;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.Contract.Announcements;
using ChatAssistant.Storage.LiteDb.Announcements;

namespace ChatAssistant.Storage.LiteDb.Tests.Contract;

public sealed class LiteDbAnnouncementStoreContract : AnnouncementStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override IAnnouncementStore AnnouncementsOf(StoreSet stores) => new LiteDbAnnouncementStore((LiteDbStore)stores.Owner);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}
