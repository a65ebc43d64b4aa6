using System.Globalization;
using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Cli.Commands;

/// <summary>
/// "kb calibrate": where to set <c>Knowledge:AbstainBelow</c>, measured on the knowledge base's own questions (every
/// fifth held out, the index built from the rest), never on a test set.
/// </summary>
public sealed class KbCalibrateCommand : ICliCommand
{
    public string Name => "kb calibrate";

    public string Usage => KnowledgeCommandSupport.KnowledgeBaseOption;

    public string Description => "Prints in-scope accuracy and abstention on none for each abstention threshold, and the best balance of the two.";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        using var knowledge = KnowledgeCommandSupport.Load(arguments);
        var points = Calibration.Sweep(knowledge.Current.Content);
        await output.WriteLineAsync("threshold\tin-scope\tabstention\tbalanced");
        foreach (var point in points)
        {
            await output.WriteLineAsync(Format(point));
        }

        await output.WriteLineAsync("best: " + Format(Calibration.Best(points)));
        return 0;
    }

    private static string Format(CalibrationPoint point) => string.Create(CultureInfo.InvariantCulture,
        $"{point.Threshold:0.00}\t{point.InScopeAccuracy:P1}\t{point.AbstentionRate:P1}\t{point.Balanced:P1}");
}
