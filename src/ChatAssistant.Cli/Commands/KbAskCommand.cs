using System.Globalization;
using ChatAssistant.Knowledge;
using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Cli.Commands;

/// <summary>"kb ask": what the recognizer makes of one question, to understand a wrong answer.</summary>
public sealed class KbAskCommand : ICliCommand
{
    public string Name => "kb ask";

    public string Usage => "\"question\" [--tenant ID] " + KnowledgeCommandSupport.KnowledgeBaseOption;

    public string Description => "Shows the top 3 topics with scores, the detected language and the final decision.";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        var question = string.Join(' ', arguments.Positional);
        if (question.Length == 0)
        {
            throw new CliUsageException("Missing the question.");
        }

        using var knowledge = KnowledgeCommandSupport.Load(arguments);
        var tenant = arguments.Option("tenant");
        var detector = new LanguageDetector();
        var index = knowledge.Current.Index;
        await output.WriteLineAsync($"language: {detector.Detect(question) ?? "unknown"}");
        foreach (var (id, rank) in RecognitionEngine.Rank(index, question, tenant, detector.Detect(question)).Take(3))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {rank,6:0.000}  {id}"));
        }

        var result = RecognitionEngine.Recognize(index, new KnowledgeOptions(), detector, question, tenant, null);
        var alternatives = result.Alternatives.Count == 0 ? "" : $" (did you mean: {string.Join(", ", result.Alternatives.Select(a => a.Id))})";
        var others = result.OtherNeeds.Count == 0 ? "" : $" (also asked: {string.Join(", ", result.OtherNeeds.Select(a => a.Id))})";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"decision: {result.Id} score {result.Score:0.000}{alternatives}{others}"));
        return 0;
    }
}
