using ChatAssistant.Reports.Storage;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.Contract.Reports;
using ChatAssistant.Storage.PostgreSql.Reports;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Tests.Contract;

public sealed class PostgreSqlReportStoreContract : ReportStoreContract
{
    private readonly TestSchema _schema = new();

    protected override Task CreateStorageAsync() => _schema.CreateAsync();

    protected override StoreSet OpenStores() => _schema.OpenStores();

    protected override IReportStore ReportsOf(StoreSet stores) => new PostgreSqlReportStore((NpgsqlDataSource)stores.Owner);

    protected override Task DeleteStorageAsync() => _schema.DisposeAsync().AsTask();
}
