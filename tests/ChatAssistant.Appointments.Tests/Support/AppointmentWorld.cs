using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Slots;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.LiteDb.Appointments;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Appointments.Tests.Support;

/// <summary>The capability over a real LiteDB file and a fake clock; <see cref="Restart"/> closes and opens it as a host restart would.</summary>
internal sealed class AppointmentWorld : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "appt-" + Guid.NewGuid().ToString("N"));

    public AppointmentWorld(DateTimeOffset now, TenantDesks? tenant = null)
    {
        Clock = new FakeTimeProvider(now);
        Tenant = tenant ?? TestDesks.Milano();
        Desks = TestDesks.Catalog(Tenant);
        Open();
    }

    public FakeTimeProvider Clock { get; }

    public TenantDesks Tenant { get; }

    public DeskCatalog Desks { get; }

    public LiteDbStore Store { get; private set; } = null!;

    public LiteDbAppointmentStore Appointments { get; private set; } = null!;

    public RecordingScheduler Scheduler { get; private set; } = null!;

    public AppointmentBooker Booker { get; private set; } = null!;

    public FreeSlots Free { get; private set; } = null!;

    public ReminderJob Job { get; private set; } = null!;

    public ReminderReconciler Reconciler { get; private set; } = null!;

    public AppointmentDesk Desk => Tenant.Desks[0];

    public BookableService Service => Tenant.Services[0];

    public BookingRequest Request(DateTimeOffset start, string name = "Anna Rossi", string citizen = "anna", string channel = "telegram") =>
        new("milano", Desk.Id, Service.Id, start, citizen, channel, "chat-" + citizen, name, null);

    public void Restart()
    {
        Store.Dispose();
        Open();
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Open()
    {
        Store = new LiteDbStore(_folder);
        Appointments = new LiteDbAppointmentStore(Store);
        Scheduler = new RecordingScheduler();
        Free = new FreeSlots(Appointments, Clock);
        Booker = new AppointmentBooker(Desks, Appointments, Free, Scheduler, Clock);
        Job = new ReminderJob(Appointments, Desks, new ChannelReminderSender(Store, Store, Clock), new FileServiceNeeds(), new NoConversationHold(), Clock, NullLogger<ReminderJob>.Instance);
        Reconciler = new ReminderReconciler(Appointments, Scheduler, Clock, Options.Create(new AppointmentOptions()), NullLogger<ReminderReconciler>.Instance);
    }
}
