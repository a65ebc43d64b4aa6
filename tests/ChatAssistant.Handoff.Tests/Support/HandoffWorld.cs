using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatAssistant.Appointments;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Bot;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Queue;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using ChatAssistant.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Handoff.Tests.Support;

/// <summary>
/// The real pipeline, bot, flows, texts and handoff over a real LiteDB file, with a fake clock: citizens write through
/// the pipeline as a channel would, volunteers act through <see cref="TicketCommands"/>, the queue monitor runs on demand.
/// </summary>
internal sealed class HandoffWorld : IAsyncDisposable
{
    /// <summary>Monday 2 March 2026, 10:00 in Rome: the fixture desk is open.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = NewFolder();
    private readonly List<HandoffEvent> _events = [];

    public HandoffWorld(DateTimeOffset? now = null)
        : this(now, configure: null)
    {
    }

    private HandoffWorld(DateTimeOffset? now, Action<IServiceCollection>? configure)
    {
        Clock = new FakeTimeProvider(now ?? MondayMorning);
        var services = new ServiceCollection();
        Register(services, Clock, _folder);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Pipeline = Services.GetRequiredService<TurnPipeline>();
        Services.GetRequiredService<HandoffFeed>().Subscribe(e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });
    }

    /// <summary>A world whose services come from a web application (the API tests): <paramref name="services"/> is built by the caller.</summary>
    public HandoffWorld(FakeTimeProvider clock, string folder, IServiceProvider services)
    {
        Clock = clock;
        _folder = folder;
        Services = services;
        Pipeline = Services.GetRequiredService<TurnPipeline>();
        Services.GetRequiredService<HandoffFeed>().Subscribe(e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });
    }

    public string Folder => _folder;

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "chatassistant-handoff-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Everything the handoff needs, as the host composes it, over a LiteDB file in <see cref="Folder"/>.</summary>
    public static void Register(IServiceCollection services, FakeTimeProvider clock, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatAssistant:DialogsPath"] = ContentPaths.Resolve("dialogs"),
            ["ChatAssistant:KnowledgeBasePath"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kb"),
            ["ChatAssistant:DataDirectory"] = folder,
            ["ChatAssistant:Pipeline:OutboxChannels:0"] = ChannelIds.Telegram,
        }).Build();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddLiteDbStorage();
        services.AddSingleton<ITenantDirectory>(new FakeTenants());
        services.AddSingleton<ILanguageDetector>(new NoLanguageDetector());
        services.AddSingleton<IRecognizer>(new FakeRecognizer());
        services.AddSingleton<IKnowledgeAnswers>(new FakeKnowledge());
        services.AddTurnPipeline();
        services.AddDialogs();
        services.AddBot();
        // The bot's booking flow is composed with the appointments it books (no reminders are sent in these tests).
        services.AddAppointments();
        services.Replace(ServiceDescriptor.Singleton<IReminderScheduler, NoReminderScheduler>());
        services.AddHandoff();
    }

    public IServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }
    public TurnPipeline Pipeline { get; }
    public IHandoffStore Store => Services.GetRequiredService<IHandoffStore>();
    public IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();
    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();
    public TicketCommands Commands => Services.GetRequiredService<TicketCommands>();
    public QueueMonitor Monitor => Services.GetRequiredService<QueueMonitor>();
    public IVolunteerPresence Presence => Services.GetRequiredService<IVolunteerPresence>();
    public CitizenMessageForwarder Forwarder => Services.GetRequiredService<CitizenMessageForwarder>();

    public IReadOnlyList<HandoffEvent> Events
    {
        get
        {
            lock (_events)
            {
                return _events.ToList();
            }
        }
    }

    public Citizen Citizen(string chatId, string channel = ChannelIds.Telegram, string tenant = "milano", string name = "Maria") =>
        new(this, chatId, channel, tenant, name);

    public static Volunteer Anna { get; } = new("anna", "Anna", "milano", ["spid-ottenere"]);
    public static Volunteer Bruno { get; } = new("bruno", "Bruno", "milano");

    public async Task<Ticket> TicketOfAsync(Citizen citizen) =>
        await Store.FindOpenByConversationAsync(citizen.Key) ?? throw new InvalidOperationException($"{citizen.Key} has no open ticket.");

    public async ValueTask DisposeAsync()
    {
        if (Services is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
