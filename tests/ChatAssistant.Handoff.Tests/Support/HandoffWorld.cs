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

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatassistant-handoff-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly List<HandoffEvent> _events = [];

    public HandoffWorld(DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? MondayMorning);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatAssistant:DialogsPath"] = ContentPaths.Resolve("dialogs"),
            ["ChatAssistant:KnowledgeBasePath"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kb"),
            ["ChatAssistant:DataDirectory"] = _folder,
            ["ChatAssistant:Pipeline:OutboxChannels:0"] = ChannelIds.Telegram,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddLiteDbStorage();
        services.AddSingleton<ITenantDirectory>(new FakeTenants());
        services.AddSingleton<ILanguageDetector>(new NoLanguageDetector());
        services.AddSingleton<IRecognizer>(new FakeRecognizer());
        services.AddSingleton<IKnowledgeAnswers>(new FakeKnowledge());
        services.AddTurnPipeline();
        services.AddDialogs();
        services.AddBot();
        services.AddHandoff();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Pipeline = _services.GetRequiredService<TurnPipeline>();
        _services.GetRequiredService<HandoffFeed>().Subscribe(e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });
    }

    public FakeTimeProvider Clock { get; }
    public TurnPipeline Pipeline { get; }
    public IHandoffStore Store => _services.GetRequiredService<IHandoffStore>();
    public IOutboxStore Outbox => _services.GetRequiredService<IOutboxStore>();
    public IConversationStore Conversations => _services.GetRequiredService<IConversationStore>();
    public TicketCommands Commands => _services.GetRequiredService<TicketCommands>();
    public QueueMonitor Monitor => _services.GetRequiredService<QueueMonitor>();
    public IVolunteerPresence Presence => _services.GetRequiredService<IVolunteerPresence>();
    public CitizenMessageForwarder Forwarder => _services.GetRequiredService<CitizenMessageForwarder>();

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
        await _services.DisposeAsync();
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
