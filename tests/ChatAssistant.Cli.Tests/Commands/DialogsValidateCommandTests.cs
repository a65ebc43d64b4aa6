using ChatAssistant.Core.Configuration;

namespace ChatAssistant.Cli.Tests.Commands;

public sealed class DialogsValidateCommandTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "dialogs-copy-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task DialogsValidate_RepositoryDialogs_ExitsZeroAndCountsTheFlows()
    {
        var (code, output, _) = await RunAsync("dialogs", "validate");

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+ flows OK", output);
    }

    [Fact]
    public async Task DialogsValidate_BrokenCopy_ExitsOneWithFileAndLine()
    {
        CopyRepositoryDialogs();
        File.WriteAllText(Path.Combine(_copy, "rotto.yaml"), "id: rotto\nsteps:\n  - id: a\n    message: welcome.greeting\n  - id: b\n    action: non.esiste\n");

        var (code, output, error) = await RunAsync("dialogs", "validate", "--path", _copy);

        Assert.Equal(1, code);
        Assert.Contains("rotto.yaml:5: Step 'b' runs the action 'non.esiste'", output);
        Assert.Contains("1 problem(s)", error);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private void CopyRepositoryDialogs()
    {
        var source = ContentPaths.Resolve("dialogs");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }
}
