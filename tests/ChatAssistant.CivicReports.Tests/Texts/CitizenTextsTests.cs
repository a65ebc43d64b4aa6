using ChatAssistant.Core.Configuration;
using ChatAssistant.Knowledge.Linting;

namespace ChatAssistant.CivicReports.Tests.Texts;

/// <summary>What citizens read about their reports: plain Italian (Gulpease ≥ 60) and an English text for every Italian one.</summary>
public sealed class CitizenTextsTests
{
    private static Dictionary<string, string> Civic(string language) =>
        File.ReadAllLines(Path.Combine(ContentPaths.Resolve("dialogs"), "strings", language + ".yaml"))
            .Where(l => l.StartsWith("civic.", StringComparison.Ordinal))
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0], p => p[1].Trim().Trim('"').Replace("\\n", "\n", StringComparison.Ordinal), StringComparer.Ordinal);

    [Fact]
    public void ItalianTexts_AreReadable_Gulpease60OrMore()
    {
        // The whole conversation as the citizen reads it, placeholders filled with what they typically hold.
        var all = string.Join("\n", Civic("it").Values)
            .Replace("{code}", "ABC234", StringComparison.Ordinal).Replace("{max}", "5", StringComparison.Ordinal)
            .Replace("{category}", "Rifiuti", StringComparison.Ordinal).Replace("{status}", "chiusa", StringComparison.Ordinal)
            .Replace("{description}", "Sacchi per terra.", StringComparison.Ordinal).Replace("{place}", "Via Roma 3", StringComparison.Ordinal)
            .Replace("{photo}", "no", StringComparison.Ordinal).Replace("{note}", "Fatto ieri.", StringComparison.Ordinal);

        Assert.True(Gulpease.Score(all) >= 60, $"Gulpease {Gulpease.Score(all):0.0}");
        Assert.All(Civic("it").Where(t => t.Value.Length > 60), t => Assert.True(Gulpease.Score(t.Value) >= 60, $"{t.Key}: Gulpease {Gulpease.Score(t.Value):0.0}"));
    }

    [Fact]
    public void EveryItalianText_HasAnEnglishOne()
    {
        Assert.Equal(Civic("it").Keys.Order(StringComparer.Ordinal), Civic("en").Keys.Order(StringComparer.Ordinal));
    }
}
