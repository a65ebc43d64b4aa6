using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Evaluation;

/// <summary>One threshold tried: in-scope accuracy and abstention on none examples at that threshold.</summary>
public sealed record CalibrationPoint(double Threshold, double InScopeAccuracy, double AbstentionRate)
{
    public double Balanced => (InScopeAccuracy + AbstentionRate) / 2;
}

/// <summary>
/// Chooses the abstention threshold on our own examples, never on the dev set: every fifth question of each id
/// (and of none) is held out, the index is built from the rest, and the held-out questions are recognised.
/// </summary>
public static class Calibration
{
    public static IReadOnlyList<CalibrationPoint> Sweep(KnowledgeBase content, int fold = 5)
    {
        var all = ExampleSource.All(content).ToList();
        var heldOut = all
            .Where(e => ExampleSource.IsQuestionLike(e, content) && e.TenantId is null)
            .GroupBy(e => (e.Id, e.Language))
            .SelectMany(g => g.Where((_, i) => i % fold == fold / 2))
            .ToHashSet();
        using var index = KnowledgeIndex.Build(content, all.Where(e => !heldOut.Contains(e)).ToList());
        return Points(index, heldOut.Select(e => (e.Id, e.Text)), null);
    }

    /// <summary>
    /// The same sweep on a question set (expected&lt;TAB&gt;question lines, see <see cref="Evaluator.ParseTsv"/>), with the
    /// index of the whole knowledge base: how a threshold would do on messages like those of the set.
    /// </summary>
    public static IReadOnlyList<CalibrationPoint> SweepQuestions(KnowledgeIndex index, IEnumerable<(string Expected, string Question)> cases, string? tenantId) =>
        Points(index, cases, tenantId);

    private static List<CalibrationPoint> Points(KnowledgeIndex index, IEnumerable<(string Expected, string Question)> cases, string? tenantId)
    {
        var detector = new LanguageDetector();
        var options = new KnowledgeOptions { AbstainBelow = 0, SuggestAbove = 0 };
        var results = cases
            .Select(c => (Id: c.Expected, Result: RecognitionEngine.Recognize(index, options, detector, c.Question, tenantId, null)))
            .ToList();
        var inScope = results.Where(r => r.Id != "none").ToList();
        var outOfScope = results.Where(r => r.Id == "none").ToList();
        var points = new List<CalibrationPoint>();
        for (var threshold = 0.0; threshold <= 0.9; threshold += 0.02)
        {
            var t = threshold;
            var correct = inScope.Count(r => r.Result.Id == r.Id && r.Result.Score >= t);
            var abstained = outOfScope.Count(r => r.Result.IsNone || r.Result.Score < t);
            points.Add(new CalibrationPoint(Math.Round(t, 2), (double)correct / Math.Max(1, inScope.Count), (double)abstained / Math.Max(1, outOfScope.Count)));
        }

        return points;
    }

    public static CalibrationPoint Best(IReadOnlyList<CalibrationPoint> points) =>
        points.OrderByDescending(p => p.Balanced).ThenBy(p => p.Threshold).First();
}
