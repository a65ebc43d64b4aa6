using System.Globalization;
using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Cli.Commands;

/// <summary>
/// "kb calibrate": where to set <c>Knowledge:AbstainBelow</c>, measured on the knowledge base's own questions (every
/// fifth held out, the index built from the rest). With <c>--tsv FILE</c> it also sweeps a question set, so the
/// threshold can be checked against messages written the way citizens write, not only against our own examples.
/// </summary>
public sealed class KbCalibrateCommand : ICliCommand
{
    public string Name => "kb calibrate";

    public string Usage => "[--tsv FILE.tsv] [--tenant ID] " + KnowledgeCommandSupport.KnowledgeBaseOption;

    public string Description => "Prints in-scope accuracy and abstention on none for each abstention threshold, and the best balance of the two.";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        var file = arguments.Option("tsv");
        if (file is not null && !File.Exists(file))
        {
            await error.WriteLineAsync($"File not found: {file}");
            return 1;
        }

        using var knowledge = KnowledgeCommandSupport.Load(arguments);
        await WriteAsync(output, "the knowledge base's own questions", Calibration.Sweep(knowledge.Current.Content));
        if (file is not null)
        {
            var cases = Evaluator.ParseTsv(await File.ReadAllLinesAsync(file));
            await output.WriteLineAsync();
            await WriteAsync(output, file, Calibration.SweepQuestions(knowledge.Current.Index, cases, arguments.Option("tenant")));
        }

        return 0;
    }

    private static async Task WriteAsync(TextWriter output, string source, IReadOnlyList<CalibrationPoint> points)
    {
        await output.WriteLineAsync("# " + source);
        await output.WriteLineAsync("threshold\tin-scope\tabstention\tbalanced");
        foreach (var point in points)
        {
            await output.WriteLineAsync(Format(point));
        }

        await output.WriteLineAsync("best: " + Format(Calibration.Best(points)));
    }

    private static string Format(CalibrationPoint point) => string.Create(CultureInfo.InvariantCulture,
        $"{point.Threshold:0.00}\t{point.InScopeAccuracy:P1}\t{point.AbstentionRate:P1}\t{point.Balanced:P1}");
}
