using ChatAssistant.Appointments.Storage;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.Contract.Appointments;
using ChatAssistant.Storage.PostgreSql.Appointments;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Tests.Contract;

public sealed class PostgreSqlDeskStoreContract : DeskStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    /// <summary>The stores' owner is their data source (see <see cref="TestSchema.OpenStores"/>).</summary>
    protected override IDeskStore DesksOf(StoreSet stores) => new PostgreSqlDeskStore((NpgsqlDataSource)stores.Owner);

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}
