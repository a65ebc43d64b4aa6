using ChatAssistant.Knowledge.Analysis;

namespace ChatAssistant.Knowledge.Tests.Analysis;

public sealed class ChatAnalyzerTests
{
    private static List<string> Italian(string text)
    {
        using var analyzer = new ChatAnalyzer("it");
        return TokenGroups.Terms(analyzer, text);
    }

    [Fact]
    public void Analyze_Elision_CutsTheArticle() =>
        Assert.Equal(Italian("anagrafe"), Italian("l'anagrafe"));

    [Fact]
    public void Analyze_Accents_AreFolded() =>
        Assert.Equal(Italian("identita citta"), Italian("identità città"));

    [Fact]
    public void Analyze_QuestionWordsAndNegation_AreKept()
    {
        var terms = Italian("non so come e dove");

        Assert.Contains("non", terms);
        Assert.Contains(terms, t => t.StartsWith("com", StringComparison.Ordinal));
        Assert.Contains(terms, t => t.StartsWith("dov", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_ArticlesAndPrepositions_AreDropped() =>
        Assert.Equal(Italian("certificato residenza"), Italian("il certificato della residenza"));

    [Theory]
    [InlineData("pagare", "pago")]
    [InlineData("prenotazione", "prenotare")]
    [InlineData("certificati", "certificato")]
    [InlineData("iscrivermi", "iscrivere")]
    public void Analyze_WordForms_ShareOneStem(string a, string b) => Assert.Equal(Italian(a), Italian(b));

    [Fact]
    public void Analyze_EnglishPlurals_ShareOneStem()
    {
        using var analyzer = new ChatAnalyzer("en");

        Assert.Equal(TokenGroups.Terms(analyzer, "appointment"), TokenGroups.Terms(analyzer, "the appointments"));
    }
}
