using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Tests.Loading;

public sealed class KnowledgeBaseLoaderTests
{
    private static readonly KnowledgeBase Content = KnowledgeBaseLoader.Load(TestKnowledge.FixturePath);

    [Fact]
    public void Load_FixtureFolder_ReadsFrontMatterQuestionsLinksAndFlow()
    {
        var cie = Content.Find("cie", "it");

        Assert.NotNull(cie);
        Assert.Equal("Carta d'identità elettronica", cie.Title);
        Assert.Contains("Ho perso la carta d'identità", cie.Questions);
        Assert.Contains("cie", cie.Keywords);
        Assert.Equal("https://www.cartaidentita.interno.gov.it/", Assert.Single(cie.Links).Url);
        Assert.Equal("intent:prenota", cie.Flow);
        Assert.StartsWith("La carta si chiede", cie.Body, StringComparison.Ordinal);
        Assert.Empty(Content.Problems);
    }

    [Fact]
    public void Load_FixtureFolder_ReadsIntentsNoneAndSynonyms()
    {
        Assert.Contains(Content.Intents, i => i.Id == "intent:prenota" && i.Examples["en"].Count == 1);
        Assert.Contains(Content.Intents, i => i.Id == "none");
        Assert.Contains("spazzatura", Content.Synonyms["it"], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TenantFolder_ReadsOverridesWithTheirMode()
    {
        Assert.Equal(OverrideMode.Extend, Content.FindOverride("milano", "cie", "it")?.Mode);
        Assert.Equal(OverrideMode.Replace, Content.FindOverride("milano", "tari-imu", "it")?.Mode);
    }

    [Theory]
    [InlineData("no front matter at all", "must start with a '---' line")]
    [InlineData("---\nid: [unclosed\n---\nbody", "invalid front matter")]
    [InlineData("---\nlang: it\ntitle: T\n---\nbody", "missing 'id'")]
    [InlineData("---\nid: other\nlang: it\ntitle: T\n---\nbody", "does not match the file name")]
    public void Load_BrokenTopicFile_ReportsFileAndReasonAndKeepsTheRest(string text, string reason)
    {
        var root = TestKnowledge.CopyFixture();
        File.WriteAllText(Path.Combine(root, "topics", "broken.it.md"), text);

        var content = KnowledgeBaseLoader.Load(root);

        var problem = Assert.Single(content.Problems);
        Assert.Equal(Path.Combine("topics", "broken.it.md"), problem.File);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.NotNull(content.Find("cie", "it"));
    }

    [Fact]
    public void Load_MissingFolder_ReportsItInsteadOfThrowing()
    {
        var content = KnowledgeBaseLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-kb-" + Guid.NewGuid()));

        Assert.Contains(content.Problems, p => p.Reason.Contains("does not exist", StringComparison.Ordinal));
        Assert.Empty(content.Entries);
    }
}
