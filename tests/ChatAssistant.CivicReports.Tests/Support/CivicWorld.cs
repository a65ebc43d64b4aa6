using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Appointments;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Bot;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Files;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Dialogs;
using ChatAssistant.Knowledge;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Core.Staff;
using ChatAssistant.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.CivicReports.Tests.Support;

/// <summary>
/// The host's composition for a citizen's turn (pipeline, real flows and knowledge base, the bot, the reports) over a
/// real LiteDB file; only Telegram's file servers are played by <see cref="Files"/>. A citizen talks through
/// <see cref="Chat"/>; the replies of each turn are kept.
/// </summary>
internal sealed class CivicWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatassistant-civic-tests", Guid.NewGuid().ToString("N"));
    private readonly WebApplication _app;

    public CivicWorld(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ChatAssistant:DialogsPath"] = ContentPaths.Resolve("dialogs"),
            ["ChatAssistant:KnowledgeBasePath"] = ContentPaths.Resolve("knowledge-base"),
            ["ChatAssistant:DataDirectory"] = _folder,
            ["ChatAssistant:Pipeline:OutboxChannels:0"] = ChannelIds.Telegram,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        // A web application on the test server, so the same world answers /api/civic-reports (signed in by a header).
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(values);
        builder.Host.UseDefaultServiceProvider(o => o.ValidateOnBuild = true);
        var services = builder.Services;
        services.AddSingleton<TimeProvider>(Clock);
        services.AddTurnPipeline();
        services.AddLiteDbStorage();
        services.AddKnowledge();
        services.AddDialogs();
        services.AddBot();
        services.AddAppointments();
        services.Replace(ServiceDescriptor.Singleton<IReminderScheduler, NoReminderScheduler>());
        services.AddCivicReports();
        services.Replace(ServiceDescriptor.Singleton<IChannelFiles>(Files));
        TestStaffAuthentication.AddTo(services);
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Volunteer, p => p.RequireRole(StaffRoles.Volunteer, StaffRoles.Coordinator, StaffRoles.Admin));
        _app = builder.Build();
        _app.MapCivicReports();
        _app.StartAsync().GetAwaiter().GetResult();
        Pipeline = _app.Services.GetRequiredService<TurnPipeline>();
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public TelegramFilesOnTheOtherSide Files { get; } = new();

    public TurnPipeline Pipeline { get; }

    public IServiceProvider Services => _app.Services;

    public ICivicReportStore Reports => Services.GetRequiredService<ICivicReportStore>();

    public IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();

    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();

    /// <summary>Drains the tenant's outbox as the Telegram sender would (claim, "send", mark sent): what the chats receive, in order.</summary>
    public async Task<IReadOnlyList<(string Id, string ChatId, string Text)>> SendOutboxAsync(string tenant = "milano")
    {
        var sent = new List<(string, string, string)>();
        while (true)
        {
            var now = Clock.GetUtcNow().AddMinutes(1);
            var due = await Outbox.ClaimDueAsync(tenant, now, 100, now.AddMinutes(1));
            if (due.Count == 0)
            {
                return sent;
            }

            foreach (var message in due)
            {
                sent.Add((message.Id, message.ChatId, ActivityJson.Deserialize(message.ActivityJson).Text ?? ""));
                await Outbox.MarkSentAsync(message.Id);
            }
        }
    }

    /// <summary>A request to the API as a staff member ("volunteer milano"; empty: not signed in).</summary>
    public async Task<HttpResponseMessage> ApiAsync(string staff, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (staff.Length > 0)
        {
            request.Headers.Add(TestStaffAuthentication.Header, staff);
        }

        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        return await _app.GetTestClient().SendAsync(request);
    }

    public Citizen Chat(string chatId, string channel = ChannelIds.Telegram, string tenant = "milano") => new(this, chatId, channel, tenant);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One citizen in one chat: writes, presses buttons, shares a place or a file.</summary>
    internal sealed class Citizen(CivicWorld world, string chatId, string channel, string tenant)
    {
        private int _sequence;

        public IReadOnlyList<Activity> Replies { get; private set; } = [];

        public string Texts => string.Join("\n", Replies.Select(r => r.Text));

        public string CitizenId => Core.Citizens.Citizen.IdFor(tenant, channel, "u-" + chatId);

        public Task<Citizen> Send(string text) => Process(new Activity { Type = ActivityTypes.Message, Text = text });

        /// <summary>Presses a button of the last reply that had buttons (the client sends its label back).</summary>
        public Task<Citizen> Press(string title)
        {
            var buttons = Replies.LastOrDefault(r => r.SuggestedActions?.Actions.Count > 0)?.SuggestedActions!.Actions ?? [];
            var button = buttons.FirstOrDefault(b => b.Title == title);
            Assert.True(button is not null, $"No button '{title}'. Buttons: {string.Join(" | ", buttons.Select(b => b.Title))}");
            return Send(button.Value!);
        }

        /// <summary>A position shared from Telegram's attachment menu (no text), as UpdateMapper puts it.</summary>
        public Task<Citizen> ShareLocation(double latitude, double longitude) => Process(new Activity
        {
            Type = ActivityTypes.Message,
            Value = JsonSerializer.SerializeToElement(new JsonObject { ["location"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude } }),
        });

        /// <summary>A photo or a document, as UpdateMapper puts it (the bytes stay on <see cref="TelegramFilesOnTheOtherSide"/>).</summary>
        public Task<Citizen> SendFile(string fileId, long? size, string mimeType = "image/jpeg", string kind = "photo") => Process(new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = mimeType, Name = kind }],
            Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["file"] = new JsonObject { ["fileId"] = fileId, ["size"] = size, ["mimeType"] = mimeType, ["kind"] = kind },
            }),
        });

        public Citizen Says(string contains)
        {
            Assert.True(Replies.Any(r => r.Text?.Contains(contains, StringComparison.Ordinal) == true), $"No reply contains \"{contains}\". Replies:\n{Texts}");
            return this;
        }

        public Citizen DoesNotSay(string contains)
        {
            Assert.False(Replies.Any(r => r.Text?.Contains(contains, StringComparison.Ordinal) == true), $"A reply contains \"{contains}\". Replies:\n{Texts}");
            return this;
        }

        public IReadOnlyList<string> Buttons => Replies.LastOrDefault(r => r.SuggestedActions?.Actions.Count > 0)?.SuggestedActions!.Actions.Select(a => a.Title!).ToList() ?? [];

        private async Task<Citizen> Process(Activity activity)
        {
            activity.Id = $"{chatId}-{++_sequence}-{Guid.NewGuid():N}";
            activity.ChannelId = channel;
            activity.From = new ChannelAccount { Id = "u-" + chatId, Role = RoleTypes.User };
            activity.Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot };
            activity.Conversation = new ConversationAccount { Id = chatId, TenantId = tenant };
            activity.Locale = "it-IT";
            var result = await world.Pipeline.ProcessAsync(activity);
            Assert.Equal(TurnOutcome.Processed, result.Outcome);
            Replies = result.Replies;
            world.Clock.Advance(TimeSpan.FromSeconds(5));
            return this;
        }
    }
}

/// <summary>Lets a conversation read as one chain: <c>await chat.Send("x").Says("y")</c>.</summary>
internal static class CitizenChain
{
    public static async Task<CivicWorld.Citizen> Send(this Task<CivicWorld.Citizen> chat, string text) => await (await chat).Send(text);

    public static async Task<CivicWorld.Citizen> Press(this Task<CivicWorld.Citizen> chat, string title) => await (await chat).Press(title);

    public static async Task<CivicWorld.Citizen> ShareLocation(this Task<CivicWorld.Citizen> chat, double latitude, double longitude) =>
        await (await chat).ShareLocation(latitude, longitude);

    public static async Task<CivicWorld.Citizen> SendFile(this Task<CivicWorld.Citizen> chat, string fileId, long? size, string mimeType = "image/jpeg", string kind = "photo") =>
        await (await chat).SendFile(fileId, size, mimeType, kind);

    public static async Task<CivicWorld.Citizen> Says(this Task<CivicWorld.Citizen> chat, string contains) => (await chat).Says(contains);

    public static async Task<CivicWorld.Citizen> DoesNotSay(this Task<CivicWorld.Citizen> chat, string contains) => (await chat).DoesNotSay(contains);
}
