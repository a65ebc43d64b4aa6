using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Knowledge.Tests.Evaluation;

/// <summary>The configured abstention threshold is still the one the knowledge base's own questions support.</summary>
public sealed class CalibrationTests
{
    [Fact]
    public void Sweep_RealKnowledgeBase_TheConfiguredThresholdIsAlmostAsGoodAsTheBest()
    {
        var points = Calibration.Sweep(TestKnowledge.Real.Current.Content);

        var best = Calibration.Best(points);
        var configured = points.MinBy(point => Math.Abs(point.Threshold - new KnowledgeOptions().AbstainBelow))!;
        // Content that makes the configured threshold clearly worse than another makes the bot answer out-of-scope
        // questions (or abstain on good ones) more than it needs to: recalibrate with `kb calibrate`.
        Assert.True(best.Balanced - configured.Balanced <= 0.02, $"best {best}, configured {configured}");
        Assert.True(configured.AbstentionRate >= 0.8, $"abstention on none at {configured.Threshold}: {configured.AbstentionRate:P0}");
    }
}
