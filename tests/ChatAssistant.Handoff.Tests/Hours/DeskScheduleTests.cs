using ChatAssistant.Core.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ChatAssistant.Handoff.Hours;

namespace ChatAssistant.Handoff.Tests.Hours;

public sealed class DeskScheduleTests
{
    private static readonly DeskSchedule Milano = HandoffSettingsFile.Read(
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "kb", "comuni", "milano", HandoffSettingsFile.FileName), TimeSpan.FromMinutes(10)).Schedule;

    [Theory]
    [InlineData(2026, 1, 1)]
    [InlineData(2026, 4, 5)]
    [InlineData(2026, 4, 6)]
    [InlineData(2026, 4, 25)]
    [InlineData(2026, 6, 2)]
    [InlineData(2026, 10, 4)]
    [InlineData(2026, 12, 26)]
    [InlineData(2027, 3, 29)]
    public void IsHoliday_NationalHolidays_AreClosedDays(int year, int month, int day) =>
        Assert.True(ItalianHolidays.IsHoliday(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2026, 3, 2)]
    [InlineData(2025, 10, 4)]
    [InlineData(2026, 4, 7)]
    public void IsHoliday_OrdinaryDays_AreNot(int year, int month, int day) =>
        Assert.False(ItalianHolidays.IsHoliday(new DateOnly(year, month, day)));

    [Fact]
    public void IsOpen_FollowsRomeTime_AcrossTheSummerTimeChange()
    {
        // 30 March 2026 is summer time (UTC+2): 9:00 in Rome is 7:00 UTC.
        Assert.True(Milano.IsOpen(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero)));
        Assert.False(Milano.IsOpen(new DateTimeOffset(2026, 3, 30, 6, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NextOpening_FromTheClosureDay_IsTheNextMorning()
    {
        var next = Milano.NextOpening(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 5, 8, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void Read_MissingFile_IsAlwaysOpenByHand()
    {
        var settings = HandoffSettingsFile.Read(Path.Combine(AppContext.BaseDirectory, "none.yaml"), TimeSpan.FromMinutes(7));

        Assert.True(settings.Schedule.IsAlwaysOpen);
        Assert.Equal((AssignmentMode.Manual, TimeSpan.FromMinutes(7)), (settings.Assignment, settings.ClaimTimeout));
    }

    [Fact]
    public void Read_BadSpan_NamesTheFileAndTheSpan()
    {
        var path = Path.Combine(Path.GetTempPath(), $"handoff-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "hours:\n  monday: \"9-13\"\n");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => HandoffSettingsFile.Read(path, TimeSpan.FromMinutes(10)));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("'9-13' on monday", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Describe_ListsTheWeekInItalian() =>
        Assert.StartsWith("lun 9:00–13:00 e 14:00–17:00, mar 9:00–13:00 e 14:00–17:00, mer 9:00–13:00", Milano.Describe("it"), StringComparison.Ordinal);
}

public sealed class RepositoryHandoffFilesTests
{
    [Theory]
    [InlineData("milano")]
    [InlineData("cremona")]
    public void Repository_TenantHandoffFile_ReadsWithHoursAndThePatronSaintClosed(string tenant)
    {
        var root = ChatAssistant.Core.Configuration.ContentPaths.Resolve("knowledge-base");

        var settings = HandoffSettingsFile.Read(Path.Combine(root, "comuni", tenant, HandoffSettingsFile.FileName), TimeSpan.FromMinutes(10));

        Assert.False(settings.Schedule.IsAlwaysOpen);
        Assert.True(settings.Schedule.IsOpen(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero)));
        Assert.False(settings.Schedule.IsOpen(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero)));
    }
}

public sealed class StartupCheckTests
{
    [Fact]
    public void StartupValidation_ABrokenHandoffFile_StopsTheStartNamingTheFile()
    {
        var root = Directory.CreateTempSubdirectory("chatassistant-kb-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "comuni", "milano"));
        File.WriteAllText(Path.Combine(root, "comuni", "milano", HandoffSettingsFile.FileName), "hours:\n  lunedi: \"09:00-13:00\"\n");
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ChatAssistant:KnowledgeBasePath"] = root }).Build());
        services.AddLogging();
        services.AddSingleton<ChatAssistant.Core.Tenants.ITenantDirectory>(new Support.FakeTenants());
        services.AddHandoff();
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var failure = Record.Exception(() => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>(provider).Validate());

        Assert.NotNull(failure);
        Assert.Contains("'lunedi' is not a day", failure.ToString(), StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }
}
