using ChatAssistant.Knowledge.Linting;
using ChatAssistant.Knowledge.Loading;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Knowledge.Tests.Linting;

public sealed class KnowledgeLinterTests
{
    private const string Heavy =
        "L'amministrazione comunale, nell'ambito delle proprie competenze istituzionali e conformemente alle disposizioni " +
        "normative vigenti in materia di semplificazione amministrativa, provvede all'erogazione telematica delle " +
        "certificazioni anagrafiche mediante l'utilizzo delle credenziali dell'identità digitale.";

    [Fact]
    public void Gulpease_PlainShortSentences_ScoresHigh() =>
        Assert.True(Gulpease.Score("La carta si chiede in Comune. Serve la foto. Paghi poco.") >= 60);

    [Fact]
    public void Gulpease_BureaucraticSentence_ScoresLow() => Assert.True(Gulpease.Score(Heavy) < 60);

    [Fact]
    public void Gulpease_ListItemsWithoutFullStop_CountAsSentences() =>
        Assert.Equal(3, Gulpease.Count("- la vecchia carta\n- una foto\n- la tessera").Sentences);

    [Fact]
    public void Gulpease_FinalFullStopOfALine_EndsASentence() =>
        Assert.Equal(4, Gulpease.Count("La carta si chiede in Comune. Serve la foto.\n1. Prenota.\n- la tessera").Sentences);

    [Fact]
    public void Lint_LowGulpeaseAndBadLink_AreReportedWithFile()
    {
        var root = TestKnowledge.CopyFixture();
        File.WriteAllText(Path.Combine(root, "topics", "anagrafe.it.md"),
            $"---\nid: anagrafe\nlang: it\ntitle: Anagrafe\nlinks:\n  - title: Sito\n    url: http://comune.example\n---\n{Heavy}\n");

        var problems = KnowledgeLinter.Lint(KnowledgeBaseLoader.Load(root), null, TimeProvider.System);

        Assert.Contains(problems, p => p.File == Path.Combine("topics", "anagrafe.it.md") && p.Reason.Contains("Gulpease", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == Path.Combine("topics", "anagrafe.it.md") && p.Reason.Contains("https", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_CatalogueTopicWithoutEnglish_IsReported()
    {
        var problems = KnowledgeLinter.Lint(KnowledgeBaseLoader.Load(TestKnowledge.FixturePath), new Catalogue(["tari-imu", "cie"], ["intent:prenota"]), TimeProvider.System);

        Assert.Contains(problems, p => p.File == "topics/tari-imu.en.md" && p.Reason.StartsWith("missing", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.File.StartsWith("topics/cie", StringComparison.Ordinal) && p.Reason.StartsWith("missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://www.comune.milano.it/", true)]
    [InlineData("http://www.comune.milano.it/", false)]
    [InlineData("www.comune.milano.it", false)]
    [InlineData("https://localhost/", false)]
    [InlineData("https://www.comune .it/", false)]
    public void IsGoodUrl_Url_AcceptsOnlyAbsoluteHttps(string url, bool expected) => Assert.Equal(expected, KnowledgeLinter.IsGoodUrl(url));
}
