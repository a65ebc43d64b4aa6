using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Linting;
using ChatAssistant.Knowledge.Loading;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>Issue 20 on the real knowledge base: what one municipality's citizens are told about another's services.</summary>
public sealed class RealContentTests
{
    private static KnowledgeBase Real => TestKnowledge.Real.Current.Content;

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void WeMi_ForCremona_IsTheGeneralAnswerWithoutMilanInstructions(string language)
    {
        var answer = KnowledgeAnswers.Compose(Real, "wemi", "cremona", language);

        Assert.NotNull(answer);
        Assert.DoesNotContain("Milan", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Milan", answer.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Links, l => l.Url.Contains("milano", StringComparison.Ordinal));
    }

    [Fact]
    public void WeMi_ForMilano_IsMilanosOwnService()
    {
        var answer = KnowledgeAnswers.Compose(Real, "wemi", "milano", "it");

        Assert.NotNull(answer);
        Assert.StartsWith("WeMi è il servizio del Comune di Milano", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void WeMi_CremonaCitizenAskingAboutIt_IsRecognised()
    {
        var recognition = TestKnowledge.Recognizer(TestKnowledge.Real).Recognize("cos'è wemi?", "cremona", "it");

        Assert.Equal("wemi", recognition.Id);
    }

    [Fact]
    public void RealKnowledgeBase_PassesLint()
    {
        var problems = KnowledgeLinter.Lint(Real, null, new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero)));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("certificati-anagrafici")]
    [InlineData("cambio-residenza")]
    public void AnprAnswers_LinkTheNationalRegistryPortal(string topic)
    {
        foreach (var language in new[] { "it", "en" })
        {
            var entry = Real.Find(topic, language)!;
            Assert.DoesNotContain("anpr.interno.gov.it", entry.Body + string.Join(' ', entry.Links.Select(l => l.Url)), StringComparison.Ordinal);
            Assert.Contains(entry.Links, l => l.Url == "https://www.anagrafenazionale.interno.it/");
        }
    }
}
