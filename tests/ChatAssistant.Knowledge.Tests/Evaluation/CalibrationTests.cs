using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Knowledge.Tests.Evaluation;

/// <summary>The configured abstention threshold is still the one the knowledge base's own questions support.</summary>
public sealed class CalibrationTests
{
    [Fact]
    public void Sweep_RealKnowledgeBase_BestThresholdIsNearTheConfiguredOne()
    {
        var points = Calibration.Sweep(TestKnowledge.Real.Current.Content);

        var best = Calibration.Best(points);
        var configured = new KnowledgeOptions().AbstainBelow;
        // An edit to the content that moves the best threshold far from the configured one makes the bot answer
        // out-of-scope questions (or abstain on good ones) more than it needs to: recalibrate with `kb calibrate`.
        Assert.InRange(best.Threshold, configured - 0.1, configured + 0.1);
        Assert.True(best.AbstentionRate >= 0.8, $"abstention on none at {best.Threshold}: {best.AbstentionRate:P0}");
    }
}
