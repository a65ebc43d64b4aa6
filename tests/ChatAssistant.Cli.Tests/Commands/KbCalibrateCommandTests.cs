namespace ChatAssistant.Cli.Tests.Commands;

public sealed class KbCalibrateCommandTests
{
    [Fact]
    public async Task KbCalibrate_RepositoryKnowledgeBase_PrintsEveryThresholdAndTheBest()
    {
        var output = new StringWriter();

        var code = await CommandLine.RunAsync(["kb", "calibrate"], output, new StringWriter());

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal("# the knowledge base's own questions", lines[0]);
        Assert.Equal("threshold\tin-scope\tabstention\tbalanced", lines[1]);
        Assert.Contains(lines, line => line.StartsWith("0.30\t", StringComparison.Ordinal));
        Assert.Matches(@"^best: 0\.\d\d\t\d+\.\d %\t\d+\.\d %\t\d+\.\d %$", lines[^1]);
    }

    [Fact]
    public async Task KbCalibrate_WithATsvFile_AlsoSweepsThatSet()
    {
        var file = Path.Combine(Path.GetTempPath(), $"calibrate-{Guid.NewGuid():N}.tsv");
        await File.WriteAllLinesAsync(file, ["expected\tquestion", "cie\tho perso la carta d'identità", "none\tche tempo fa domani?"]);
        var output = new StringWriter();

        var code = await CommandLine.RunAsync(["kb", "calibrate", "--tsv", file], output, new StringWriter());

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(2, lines.Count(line => line.StartsWith("best: ", StringComparison.Ordinal)));
        Assert.Contains("# " + file, lines);
        // Both questions right at the lowest threshold: the header line was not read as a question.
        Assert.Equal("0.00\t100.0 %\t100.0 %\t100.0 %", lines[lines.IndexOf("# " + file) + 2]);
        File.Delete(file);
    }

    [Fact]
    public async Task KbCalibrate_MissingTsvFile_SaysSoAndFails()
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["kb", "calibrate", "--tsv", "no-such-file.tsv"], new StringWriter(), error);

        Assert.Equal(1, code);
        Assert.Contains("File not found: no-such-file.tsv", error.ToString(), StringComparison.Ordinal);
    }

    private static List<string> Lines(StringWriter output) =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
