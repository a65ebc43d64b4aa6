using ChatAssistant.Knowledge;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Recognition;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Cli.Commands;

/// <summary>"kb eval": accuracy on a file of expected&lt;TAB&gt;question lines.</summary>
public sealed class KbEvalCommand : ICliCommand
{
    public string Name => "kb eval";

    public string Usage => "FILE.tsv [--tenant ID] " + KnowledgeCommandSupport.KnowledgeBaseOption;

    public string Description => "Prints expected, predicted, score and question per line, then in-scope accuracy and abstention on none.";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        var file = arguments.RequirePositional(0, "the TSV file");
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"File not found: {file}");
            return 1;
        }

        using var knowledge = KnowledgeCommandSupport.Load(arguments);
        var recognizer = new KnowledgeRecognizer(knowledge, new LanguageDetector(), Options.Create(new KnowledgeOptions()));
        var lines = Evaluator.Run(recognizer, Evaluator.ParseTsv(await File.ReadAllLinesAsync(file)), arguments.Option("tenant"));
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line.ToString());
        }

        await output.WriteLineAsync(Evaluator.Summarize(lines).ToString());
        return 0;
    }
}
