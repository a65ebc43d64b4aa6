using System.Security.Claims;
using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Announcements.Subscriptions;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Signals;
using ChatAssistant.Core.Staff;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.LiteDb.Announcements;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Announcements.Tests.Support;

/// <summary>The capability over a real LiteDB file, the real neighbourhoods of knowledge-base/ and a fake clock.</summary>
internal sealed class AnnouncementWorld : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ann-" + Guid.NewGuid().ToString("N"));

    public AnnouncementWorld(AnnouncementOptions? options = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(options ?? new AnnouncementOptions());
        Store = new LiteDbStore(_folder);
        Announcements = new LiteDbAnnouncementStore(Store);
        Service = new AnnouncementService(Announcements, new AnnouncementValidator(Catalog, Options, Clock), Scheduler, Signals, Clock, Options);
        Job = new AnnouncementJob(Announcements, Signals, Clock);
        Delivery = new AnnouncementDelivery(Announcements, Store, Store, Catalog, Signals, Clock, Options);
        Observer = new AnnouncementOutboxObserver(Announcements, Signals, Clock);
    }

    public static NeighbourhoodCatalog Catalog { get; } = NeighbourhoodCatalog.Load(ContentPaths.Resolve("knowledge-base"));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    public IOptions<AnnouncementOptions> Options { get; }

    public LiteDbStore Store { get; }

    public LiteDbAnnouncementStore Announcements { get; }

    public RecordingScheduler Scheduler { get; } = new();

    public HostAnnouncementSignals Signals { get; } = new(new LocalHostSignals());

    public AnnouncementService Service { get; }

    public AnnouncementJob Job { get; }

    public AnnouncementDelivery Delivery { get; }

    public AnnouncementOutboxObserver Observer { get; }

    public static Publisher Committee(params string[] neighbourhoods) => new("comitato-1", "milano", true, neighbourhoods);

    public static Publisher Coordinator { get; } = new("coord-1", "milano", false, []);

    public Task SubscribeAsync(string chat, string neighbourhood, string channel = "telegram") => Announcements.SubscribeAsync(new Subscription
    {
        TenantId = "milano", CitizenId = $"milano:{channel}:{chat}", NeighbourhoodId = neighbourhood, ChannelId = channel, ChatId = chat, ConsentAt = Clock.GetUtcNow(),
    });

    public static AnnouncementDraft Draft(string neighbourhood = "municipio-9", DateTimeOffset? sendAt = null) =>
        new([neighbourhood], "Festa", "Sabato alle 16 in piazza.", SendAt: sendAt);

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public static ClaimsPrincipal Principal(string role, params string[] neighbourhoods) => new(new ClaimsIdentity(
    [
        new(ClaimTypes.NameIdentifier, "x"), new(ClaimTypes.Role, role), new(StaffClaims.Tenant, "milano"), new(StaffClaims.Neighbourhoods, string.Join(',', neighbourhoods)),
    ], "test", ClaimTypes.Name, ClaimTypes.Role));
}
