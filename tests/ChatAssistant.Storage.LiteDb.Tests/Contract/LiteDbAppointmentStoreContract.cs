using ChatAssistant.Appointments.Storage;
using ChatAssistant.Storage.Contract;
using ChatAssistant.Storage.Contract.Appointments;
using ChatAssistant.Storage.LiteDb.Appointments;

namespace ChatAssistant.Storage.LiteDb.Tests.Contract;

public sealed class LiteDbAppointmentStoreContract : AppointmentStoreContract
{
    private readonly TempDataFolder _folder = new();

    protected override StoreSet OpenStores() => LiteDbStores.Open(_folder);

    protected override IAppointmentStore AppointmentsOf(StoreSet stores) => new LiteDbAppointmentStore((LiteDbStore)stores.Owner);

    protected override Task DeleteStorageAsync() => LiteDbStores.DeleteAsync(_folder);
}
