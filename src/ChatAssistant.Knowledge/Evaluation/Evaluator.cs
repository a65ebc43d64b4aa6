using System.Globalization;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Knowledge.Evaluation;

using Recognition = ChatAssistant.Core.Understanding.Recognition;

public sealed record EvaluationLine(string Expected, string Predicted, double Score, string Question)
{
    public bool Correct => Expected == Predicted;

    public override string ToString() =>
        $"{Expected}\t{Predicted}\t{Score.ToString("0.000", CultureInfo.InvariantCulture)}\t{Question}";
}

/// <summary>In-scope top-1 accuracy (expected is not none) and abstention rate on none lines.</summary>
public sealed record EvaluationSummary(int InScope, int InScopeCorrect, int OutOfScope, int Abstained)
{
    public double InScopeAccuracy => InScope == 0 ? 0 : (double)InScopeCorrect / InScope;

    public double AbstentionRate => OutOfScope == 0 ? 0 : (double)Abstained / OutOfScope;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"in-scope top-1 accuracy: {InScopeAccuracy:P1} ({InScopeCorrect}/{InScope})\nabstention on none: {AbstentionRate:P1} ({Abstained}/{OutOfScope})");
}

/// <summary>Runs "expected&lt;TAB&gt;question" lines through a recognizer.</summary>
public static class Evaluator
{
    /// <summary>
    /// Blank lines and lines starting with '#' are skipped; a line without a tab is skipped too, and so is a header
    /// line "expected&lt;TAB&gt;question" (no catalogue id is "expected").
    /// </summary>
    public static IEnumerable<(string Expected, string Question)> ParseTsv(IEnumerable<string> lines) =>
        lines
            .Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#') && l.Contains('\t', StringComparison.Ordinal))
            .Select(l => l.Split('\t', 2))
            .Select(p => (Expected: p[0].Trim(), Question: p[1].Trim()))
            .Where(p => !p.Expected.Equals(HeaderColumn, StringComparison.OrdinalIgnoreCase));

    private const string HeaderColumn = "expected";

    public static List<EvaluationLine> Run(IRecognizer recognizer, IEnumerable<(string Expected, string Question)> cases, string? tenantId) =>
        cases.Select(c =>
        {
            var result = recognizer.Recognize(c.Question, tenantId, null);
            return new EvaluationLine(c.Expected, result.Id, result.Score, c.Question);
        }).ToList();

    public static EvaluationSummary Summarize(IReadOnlyList<EvaluationLine> lines)
    {
        var inScope = lines.Where(l => l.Expected != Recognition.None).ToList();
        var outOfScope = lines.Where(l => l.Expected == Recognition.None).ToList();
        return new EvaluationSummary(inScope.Count, inScope.Count(l => l.Correct), outOfScope.Count, outOfScope.Count(l => l.Correct));
    }
}
