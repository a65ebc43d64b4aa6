using ChatAssistant.Announcements.Storage;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.Contract.Announcements;
using ChatAssistant.Storage.PostgreSql.Announcements;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Tests.Contract;

public sealed class PostgreSqlAnnouncementStoreContract : AnnouncementStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override IAnnouncementStore AnnouncementsOf(StoreSet stores) => new PostgreSqlAnnouncementStore((NpgsqlDataSource)stores.Owner);

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}
