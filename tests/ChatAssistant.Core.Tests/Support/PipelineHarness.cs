using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Core.Tests.Support;

/// <summary>The real pipeline and middleware around an echo bot and the in-memory store.</summary>
internal sealed class PipelineHarness
{
    public PipelineHarness(Func<TurnContext, Task>? bot = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConversationStore>(Store);
        services.AddSingleton<ICitizenStore>(Store);
        services.AddSingleton<ITenantDirectory>(new Tenants());
        services.AddSingleton<IBotTexts>(new Texts());
        services.AddSingleton<ILanguageDetector>(new WordLanguageDetector());
        services.AddSingleton<ITurnHandler>(new DelegateHandler(bot ?? (ctx =>
        {
            ctx.SendText($"echo:{ctx.Activity.Text}");
            return Task.CompletedTask;
        })));
        services.AddTurnPipeline();
        Pipeline = services.BuildServiceProvider().GetRequiredService<TurnPipeline>();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    public InMemoryStore Store { get; } = new();
    public TurnPipeline Pipeline { get; }

    public static Activity Message(string text, string conversation = "c1", string? id = null, string tenant = "milano") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = ChannelIds.Test,
        From = new ChannelAccount { Id = "u-" + conversation },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = conversation, TenantId = tenant },
        Text = text,
    };

    public Task<TurnResult> SendAsync(string text, string conversation = "c1", string? id = null) =>
        Pipeline.ProcessAsync(Message(text, conversation, id));

    private sealed class DelegateHandler(Func<TurnContext, Task> bot) : ITurnHandler
    {
        public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken) => bot(context);
    }

    private sealed class Tenants : ITenantDirectory
    {
        private readonly Tenant _milano = new() { Id = "milano", Name = "Comune di Milano" };

        public IReadOnlyList<Tenant> All => [_milano];

        public Tenant? Find(string tenantId) => tenantId == "milano" ? _milano : null;
    }

    private sealed class Texts : IBotTexts
    {
        public string Get(string key, string language) => $"{language}:{key}";

        public bool Has(string key, string language) => true;
    }

    private sealed class WordLanguageDetector : ILanguageDetector
    {
        public string? Detect(string text) =>
            text.Contains("hello", StringComparison.OrdinalIgnoreCase) ? "en" :
            text.Contains("ciao", StringComparison.OrdinalIgnoreCase) ? "it" : null;
    }
}
