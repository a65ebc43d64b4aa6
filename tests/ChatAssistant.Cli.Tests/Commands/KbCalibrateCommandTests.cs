namespace ChatAssistant.Cli.Tests.Commands;

public sealed class KbCalibrateCommandTests
{
    [Fact]
    public async Task KbCalibrate_RepositoryKnowledgeBase_PrintsEveryThresholdAndTheBest()
    {
        var output = new StringWriter();

        var code = await CommandLine.RunAsync(["kb", "calibrate"], output, new StringWriter());

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("threshold\tin-scope\tabstention\tbalanced", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("0.30\t", StringComparison.Ordinal));
        Assert.Matches(@"^best: 0\.\d\d\t\d+\.\d %\t\d+\.\d %\t\d+\.\d %$", lines[^1]);
    }
}
