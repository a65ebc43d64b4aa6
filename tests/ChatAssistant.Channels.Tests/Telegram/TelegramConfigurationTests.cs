using ChatAssistant.Channels.Telegram;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Channels.Tests.Telegram.Harness;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.Tests.Telegram;

public sealed class TelegramConfigurationTests
{
    [Fact]
    public void Validate_BadTokenAndUnknownTenant_SayWhatToFixWithoutTheToken()
    {
        var options = new TelegramOptions { Bots = [new TelegramBotOptions { Tenant = "roma", Token = "not-a-token-SECRETVALUE" }] };

        var result = new TelegramOptionsValidator(new TestTenants()).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Telegram:Bots:0:Token is not a bot token (expected digits:secret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Tenant 'roma' is not a known municipality. Known: milano, cremona.", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETVALUE", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_EnvironmentStyleKeys_GiveTheBotList()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Telegram:Bots:0:Tenant"] = "milano",
            ["Telegram:Bots:0:Token"] = "123:abc",
            ["Telegram:Bots:0:Mode"] = "Webhook",
            ["Telegram:Bots:0:WebhookSecret"] = "abc_DEF-1",
        }).BuildServiceProvider();

        var bot = provider.GetRequiredService<IOptions<TelegramOptions>>().Value.Bots.Single();

        Assert.Equal(("milano", TelegramReceiveMode.Webhook, "abc_DEF-1"), (bot.Tenant, bot.Mode, bot.WebhookSecret));
        Assert.Contains("telegram", provider.GetRequiredService<IOptions<PipelineOptions>>().Value.OutboxChannels);
    }

    [Fact]
    public void Resolve_InvalidBot_FailsAtStartWithTheReason()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Telegram:Bots:0:Tenant"] = "milano", ["Telegram:Bots:0:Token"] = "abc" }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains("Token is not a bot token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithNoBotConfigured_RunsAndSaysSoInOneLine()
    {
        var logs = new ListLogger();
        var services = Services([]);
        services.AddLogging(b => b.AddProvider(logs));
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();

        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        // Background services run on their own thread since .NET 10: give them a moment (bounded) to speak.
        for (var i = 0; i < 50 && logs.Lines.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Single(logs.Lines, l => l.Contains("Telegram", StringComparison.Ordinal));
        Assert.Contains("no bot configured", logs.Lines.Single(), StringComparison.Ordinal);
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        var store = new InMemoryStore();
        services.AddSingleton<ITenantDirectory, TestTenants>();
        services.AddSingleton<IBotTexts, TestTexts>();
        services.AddSingleton<ILanguageDetector, NoLanguageDetector>();
        services.AddSingleton<ITurnHandler, TestBot>();
        services.AddSingleton<IConversationStore>(store);
        services.AddSingleton<ICitizenStore>(store);
        services.AddSingleton<IOutboxStore>(store);
        services.AddSingleton<ILeaseStore>(store);
        services.AddSingleton<ISharedSecrets>(store);
        services.AddTurnPipeline();
        services.AddTelegram();
        return services;
    }

    private sealed class ListLogger : ILoggerProvider, ILogger
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (Lines)
                {
                    Lines.Add(formatter(state, exception));
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
