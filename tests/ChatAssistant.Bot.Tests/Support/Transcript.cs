using ChatAssistant.Appointments;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Bot.Tests.Support;

/// <summary>
/// Talks to the real bot (real pipeline, flows in dialogs/ and texts) as a citizen would:
/// <c>await Transcript.For("milano").Send("ciao").AssertReply("Ciao").AssertButtons(...)</c>.
/// </summary>
internal sealed class Transcript
{
    private readonly TurnPipeline _pipeline;
    private readonly string _tenant;
    private readonly string _channel;
    private int _sequence;

    private Transcript(string tenant, InMemoryStore? store, string channel)
    {
        _tenant = tenant;
        _channel = channel;
        Store = store ?? new InMemoryStore();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatAssistant:DialogsPath"] = ContentPaths.Resolve("dialogs"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConversationStore>(Store);
        services.AddSingleton<ICitizenStore>(Store);
        services.AddSingleton<ITenantDirectory>(new FakeTenants());
        services.AddSingleton<ILanguageDetector>(new NoLanguageDetector());
        services.AddSingleton<IRecognizer>(Recognizer);
        services.AddSingleton<IKnowledgeAnswers>(new FakeKnowledge());
        services.AddTurnPipeline();
        services.AddDialogs();
        services.AddBot();
        services.AddAppointments();
        services.AddSingleton<IAppointmentStore>(Appointments);
        services.AddSingleton<ChatAssistant.CivicReports.Storage.ICivicReportStore>(CivicReports);
        services.AddSingleton(ChatAssistant.Announcements.Neighbourhoods.NeighbourhoodCatalog.Load(ContentPaths.Resolve("knowledge-base")));
        services.AddSingleton<ChatAssistant.Announcements.Storage.IAnnouncementStore>(Announcements);
        services.AddSingleton<IOutboxStore>(Store);
        services.Replace(ServiceDescriptor.Singleton<IReminderScheduler, NoReminderScheduler>());
        _pipeline = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }).GetRequiredService<TurnPipeline>();
    }

    public InMemoryStore Store { get; }
    public InMemoryAppointmentStore Appointments { get; } = new();
    public InMemoryCivicReportStore CivicReports { get; } = new();
    public InMemoryAnnouncementStore Announcements { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public FakeRecognizer Recognizer { get; } = new();
    public IReadOnlyList<Activity> Replies { get; private set; } = [];
    public TurnResult? LastResult { get; private set; }
    public ConversationState State => Store.State($"{_channel}:chat-1") ?? throw new InvalidOperationException("Nothing saved yet.");

    public static Transcript For(string tenant, InMemoryStore? store = null) => new(tenant, store, ChannelIds.Test);

    /// <summary>A conversation arriving from <paramref name="channel"/> (e.g. <see cref="ChannelIds.Telegram"/>).</summary>
    public static Transcript On(string channel, string tenant = "milano") => new(tenant, null, channel);

    public Task<Transcript> Send(string text) => Process(new Activity { Type = ActivityTypes.Message, Text = text });

    public Task<Transcript> Open() => Process(new Activity { Type = ActivityTypes.ConversationUpdate });

    /// <summary>Presses a button of the last reply that had buttons: the client sends its value back as text.</summary>
    public Task<Transcript> Press(string title)
    {
        var button = LastButtons().FirstOrDefault(b => b.Title == title);
        Assert.True(button is not null, $"No button '{title}'. Buttons: {string.Join(" | ", LastButtons().Select(b => b.Title))}");
        return Send(button.Value!);
    }

    public Transcript AssertReply(string contains)
    {
        Assert.True(Replies.Any(r => r.Text?.Contains(contains, StringComparison.Ordinal) == true),
            $"No reply contains \"{contains}\". Replies:\n{Describe()}");
        return this;
    }

    /// <summary>Asserts on the reply at <paramref name="index"/> of the last turn (0 = the first message the citizen sees).</summary>
    public Transcript AssertReplyAt(int index, Action<string> check)
    {
        Assert.True(Replies.Count > index, $"Only {Replies.Count} replies:\n{Describe()}");
        check(Replies[index].Text ?? "");
        return this;
    }

    public Transcript AssertNoReply(string contains)
    {
        Assert.False(Replies.Any(r => r.Text?.Contains(contains, StringComparison.Ordinal) == true),
            $"A reply contains \"{contains}\". Replies:\n{Describe()}");
        return this;
    }

    /// <summary>The buttons of the turn's last reply that had any, exactly and in order.</summary>
    public Transcript AssertButtons(params string[] titles)
    {
        Assert.Equal(titles, LastButtons().Select(b => b.Title).ToArray());
        return this;
    }

    public Transcript AssertHasButton(string title)
    {
        Assert.Contains(title, LastButtons().Select(b => b.Title));
        return this;
    }

    private List<CardAction> LastButtons() =>
        Replies.LastOrDefault(r => r.SuggestedActions?.Actions.Count > 0)?.SuggestedActions!.Actions ?? [];

    private string Describe() => string.Join("\n", Replies.Select(r =>
        $"  - {r.Text} [{string.Join(" | ", r.SuggestedActions?.Actions.Select(a => a.Title) ?? [])}]"));

    private async Task<Transcript> Process(Activity activity)
    {
        activity.Id = $"m{++_sequence}-{Guid.NewGuid():N}";
        activity.ChannelId = _channel;
        activity.From = new ChannelAccount { Id = "citizen-1", Role = RoleTypes.User };
        activity.Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot };
        activity.Conversation = new ConversationAccount { Id = "chat-1", TenantId = _tenant };
        activity.Locale = "it-IT";
        LastResult = await _pipeline.ProcessAsync(activity);
        Assert.Equal(TurnOutcome.Processed, LastResult.Outcome);
        Replies = LastResult.Replies;
        return this;
    }
}

/// <summary>Lets a transcript read as one chain: <c>await chat.Send("x").AssertReply("y")</c>.</summary>
internal static class TranscriptChain
{
    public static async Task<Transcript> Send(this Task<Transcript> transcript, string text) => await (await transcript).Send(text);

    public static async Task<Transcript> Press(this Task<Transcript> transcript, string title) => await (await transcript).Press(title);

    public static async Task<Transcript> AssertReply(this Task<Transcript> transcript, string contains) => (await transcript).AssertReply(contains);

    public static async Task<Transcript> AssertNoReply(this Task<Transcript> transcript, string contains) => (await transcript).AssertNoReply(contains);

    public static async Task<Transcript> AssertReplyAt(this Task<Transcript> transcript, int index, Action<string> check) =>
        (await transcript).AssertReplyAt(index, check);

    public static async Task<Transcript> AssertButtons(this Task<Transcript> transcript, params string[] titles) => (await transcript).AssertButtons(titles);

    public static async Task<Transcript> AssertHasButton(this Task<Transcript> transcript, string title) => (await transcript).AssertHasButton(title);
}
