using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Tests.Recognition;

/// <summary>Content added in one language never makes the recognizer less sure, or wrong, in the other.</summary>
public sealed class LanguageIndependenceTests
{
    [Fact]
    public void Rank_ManyLongEnglishExamplesAdded_ItalianScoresDoNotChange()
    {
        var italianOnly = ExampleSource.All(TestKnowledge.Fixture.Current.Content).ToList();
        var withEnglish = italianOnly
            .Concat(Enumerable.Range(0, 200).Select(i => new IndexedExample("cie", "en", $"a long english example about lost identity cards and renewals at the registry office number {i}")))
            .ToList();

        var before = SpidScore(italianOnly);
        var after = SpidScore(withEnglish);

        Assert.True(before > 0.5, $"spid-ottenere scored {before}");
        Assert.Equal(before, after, precision: 6);
    }

    [Theory]
    [InlineData("vorrei lo spid")]
    [InlineData("devo fare lo spid")]
    public void Recognize_ItalianMessageWhoseOnlyWordIsShared_IsNotDrownedByEnglishExamples(string question)
    {
        // The real knowledge base has more English examples with "spid" than the search keeps, each scoring higher
        // on it than the Italian ones (rarer among English topics): ranked together, no Italian example was left.
        var result = TestKnowledge.Recognizer(TestKnowledge.Real).Recognize(question, null, null);

        Assert.Equal("it", result.Language);
        Assert.StartsWith("spid-", result.Id, StringComparison.Ordinal);
    }

    private static double SpidScore(List<IndexedExample> examples)
    {
        using var index = KnowledgeIndex.Build(TestKnowledge.Fixture.Current.Content, examples);
        return RecognitionEngine.Rank(index, "come faccio ad avere lo spid", null, "it").Single(candidate => candidate.Id == "spid-ottenere").Rank;
    }
}
