using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Knowledge.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void Run_TsvLines_PrintsExpectedPredictedScoreQuestionAndSummary()
    {
        var cases = Evaluator.ParseTsv(["# comment", "", "cie\tho perso la carta d'identità", "none\tche tempo fa domani", "tari-imu\tricetta della pasta"]).ToList();

        var lines = Evaluator.Run(TestKnowledge.Recognizer(TestKnowledge.Fixture), cases, null);
        var summary = Evaluator.Summarize(lines);

        Assert.Equal(3, lines.Count);
        var fields = lines[0].ToString().Split('\t');
        Assert.Equal(["cie", "cie"], fields[..2]);
        Assert.Matches(@"^\d\.\d{3}$", fields[2]);
        Assert.Equal("ho perso la carta d'identità", fields[3]);
        Assert.Equal(1, summary.InScopeCorrect);
        Assert.Equal(2, summary.InScope);
        Assert.Equal(1.0, summary.AbstentionRate);
        Assert.Contains("in-scope top-1 accuracy: 50.0", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseTsv_HeaderLine_IsNotCountedAsAQuestion()
    {
        var cases = Evaluator.ParseTsv(["expected\tquestion", "cie\tho perso la carta d'identità"]).ToList();

        Assert.Equal([("cie", "ho perso la carta d'identità")], cases);
    }
}
