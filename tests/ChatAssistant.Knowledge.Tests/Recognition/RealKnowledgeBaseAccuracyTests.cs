using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Knowledge.Tests.Recognition;

/// <summary>The real knowledge base on questions written for this test (Fixtures/held-out-questions.tsv).</summary>
public sealed class RealKnowledgeBaseAccuracyTests
{
    [Fact]
    public void Recognize_HeldOutQuestions_AtLeastNinetyPercentRight()
    {
        var cases = Evaluator.ParseTsv(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "held-out-questions.tsv")));

        var lines = Evaluator.Run(TestKnowledge.Recognizer(TestKnowledge.Real), cases, null);

        var wrong = string.Join('\n', lines.Where(l => !l.Correct));
        Assert.True(lines.Count(l => l.Correct) >= 0.9 * lines.Count, $"{Evaluator.Summarize(lines)}\nwrong:\n{wrong}");
    }
}
