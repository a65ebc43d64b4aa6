using ChatAssistant.Appointments;
using ChatAssistant.Core.Retention;
using ChatAssistant.Bot;
using ChatAssistant.Channels.DirectLine.Configuration;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Leases;
using ChatAssistant.Storage.PostgreSql;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Host.Tests.Support;
using ChatAssistant.Knowledge;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Channels.DirectLine;
using ChatAssistant.Channels.Telegram;
using ChatAssistant.Dialogs;
using ChatAssistant.Handoff;
using ChatAssistant.Host.Hosting;
using ChatAssistant.StaffConsole;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.Tests;

public class ExampleSettingsTests
{
    private static readonly IConfigurationRoot Example = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(HostProcess.RepositoryRoot(), "appsettings.example.json"), optional: false)
        .Build();

    public static TheoryData<string, Type> Sections => new()
    {
        { ChatAssistantOptions.Section, typeof(ChatAssistantOptions) },
        { PipelineOptions.Section, typeof(PipelineOptions) },
        { RetentionOptions.Section, typeof(RetentionOptions) },
        { LiteDbStorageOptions.Section, typeof(LiteDbStorageOptions) },
        { LeaseOptions.Section, typeof(LeaseOptions) },
        { PostgreSqlStorageOptions.Section, typeof(PostgreSqlStorageOptions) },
        { BotOptions.Section, typeof(BotOptions) },
        { HandoffOptions.Section, typeof(HandoffOptions) },
        { KnowledgeOptions.Section, typeof(KnowledgeOptions) },
        { DirectLineOptions.Section, typeof(DirectLineOptions) },
        { TelegramOptions.Section, typeof(TelegramOptions) },
        { ReverseProxyOptions.Section, typeof(ReverseProxyOptions) },
        { AppointmentOptions.Section, typeof(AppointmentOptions) },
        { ConsoleOptions.Section, typeof(ConsoleOptions) },
        { ChatAssistant.Reports.ReportOptions.Section, typeof(ChatAssistant.Reports.ReportOptions) },
        { ChatAssistant.Reports.Metrics.MetricsOptions.Section, typeof(ChatAssistant.Reports.Metrics.MetricsOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void ExampleFile_EverySection_BindsWithoutUnknownKeys(string section, Type optionsType)
    {
        var child = Example.GetSection(section);

        Assert.True(child.Exists(), $"appsettings.example.json has no '{section}' section");
        var bound = child.Get(optionsType, o => o.ErrorOnUnknownConfiguration = !IsParentOfOtherSections(section));
        Assert.NotNull(bound);
    }

    [Fact]
    public void ExampleFile_PassesEveryStartUpValidation()
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(Example)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ChatAssistant:DataDirectory"] = Directory.CreateTempSubdirectory().FullName,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddTurnPipeline();
        services.AddLiteDbStorage();
        services.AddKnowledge();
        services.AddDialogs();
        services.AddBot();
        services.AddDirectLine();
        services.AddTelegram();
        services.AddRetention();
        ChatAssistant.Reports.ReportsServiceCollectionExtensions.AddReports(services);
        services.AddAppointments();
        services.AddHandoff();
        services.AddConsoleAccounts();
        using var provider = services.BuildServiceProvider();

        var failure = Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(failure);
    }

    // "ChatAssistant" holds the Pipeline/Storage/Bot subsections, bound by their own classes.
    private static bool IsParentOfOtherSections(string section) => section == ChatAssistantOptions.Section;
}
