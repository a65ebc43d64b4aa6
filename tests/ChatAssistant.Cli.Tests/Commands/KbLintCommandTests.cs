using ChatAssistant.Cli.Commands;
using ChatAssistant.Core.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Cli.Tests.Commands;

public sealed class KbLintCommandTests
{
    private static readonly FakeTimeProvider Today = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task KbLint_RepositoryKnowledgeBase_IsClean()
    {
        var output = new StringWriter();

        var code = await new KbLintCommand(Today).RunAsync(CliArguments.Parse([]), output, new StringWriter());

        Assert.True(code == 0, output.ToString());
        Assert.StartsWith("OK:", output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task KbLint_ReviewsOverAYearOld_WarnButDoNotFail()
    {
        var output = new StringWriter();
        var twoYearsLater = new FakeTimeProvider(Today.GetUtcNow().AddYears(2));

        var code = await new KbLintCommand(twoYearsLater).RunAsync(CliArguments.Parse([]), output, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("warning: last reviewed on", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KbLint_LinkToAnUnlistedDomain_FailsNamingTheFile()
    {
        var root = CopyOfRepositoryKnowledgeBase();
        var file = Path.Combine(root, "topics", "pagopa.it.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("https://checkout.pagopa.it/", "https://paga-avvisi-online.com/", StringComparison.Ordinal));
        var output = new StringWriter();

        var code = await new KbLintCommand(Today).RunAsync(CliArguments.Parse(["--kb", root]), output, new StringWriter());

        Assert.Equal(1, code);
        Assert.Contains(Path.Combine("topics", "pagopa.it.md") + ": link", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("paga-avvisi-online.com", output.ToString(), StringComparison.Ordinal);
    }

    private static string CopyOfRepositoryKnowledgeBase()
    {
        var source = ContentPaths.Resolve("knowledge-base");
        var target = Path.Combine(Path.GetTempPath(), "kb-lint-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
