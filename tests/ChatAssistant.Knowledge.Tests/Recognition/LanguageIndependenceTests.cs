using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Tests.Recognition;

/// <summary>Content added in one language never makes the recognizer less sure, or wrong, in the other.</summary>
public sealed class LanguageIndependenceTests
{
    private const string ItalianQuestion = "come faccio ad avere lo spid";

    [Fact]
    public void Rank_ManyLongEnglishExamplesAdded_ItalianScoresDoNotChange()
    {
        var italianOnly = Examples().ToList();
        var withEnglish = italianOnly
            .Concat(Enumerable.Range(0, 200).Select(i => new IndexedExample("cie", "en", $"a long english example about lost identity cards and renewals at the registry office number {i}")))
            .ToList();

        var before = Score(italianOnly, ItalianQuestion, "spid-ottenere");
        var after = Score(withEnglish, ItalianQuestion, "spid-ottenere");

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

    private static IEnumerable<IndexedExample> Examples() => ExampleSource.All(TestKnowledge.Fixture.Current.Content);

    private static double Score(List<IndexedExample> examples, string question, string id)
    {
        using var index = KnowledgeIndex.Build(TestKnowledge.Fixture.Current.Content, examples);
        return RecognitionEngine.Rank(index, question, null, "it").Single(candidate => candidate.Id == id).Rank;
    }
}
