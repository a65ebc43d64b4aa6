using ChatAssistant.Reports.Storage;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.Contract.Reports;
using ChatAssistant.Storage.LiteDb.Reports;

namespace ChatAssistant.Storage.LiteDb.Tests.Contract;

public sealed class LiteDbReportStoreContract : ReportStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override IReportStore ReportsOf(StoreSet stores) => new LiteDbReportStore((LiteDbStore)stores.Owner);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}
