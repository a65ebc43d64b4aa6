using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Tests.Answers;

public sealed class KnowledgeAnswersTests
{
    private readonly KnowledgeAnswers _answers = new(TestKnowledge.Fixture);

    [Fact]
    public void Find_ExtendOverride_AppendsTheMunicipalityTextAndLinks()
    {
        var answer = _answers.Find("cie", "milano", "it");

        Assert.NotNull(answer);
        Assert.Equal("Carta d'identità elettronica", answer.Title);
        Assert.StartsWith("La carta si chiede", answer.Body, StringComparison.Ordinal);
        Assert.EndsWith("A Milano prenoti sul sito del Comune.", answer.Body, StringComparison.Ordinal);
        Assert.Equal(2, answer.Links.Count);
        Assert.Equal("intent:prenota", answer.Flow);
    }

    [Fact]
    public void Find_ReplaceOverride_ShowsOnlyTheMunicipalityText()
    {
        var answer = _answers.Find("tari-imu", "milano", "it");

        Assert.Equal("TARI a Milano", answer?.Title);
        Assert.Equal("A Milano la TARI si paga con l'avviso di AMSA.", answer?.Body);
    }

    [Fact]
    public void Find_OtherTenant_GetsTheCommonEntry() =>
        Assert.Equal("La TARI è la tassa sui rifiuti. L'IMU è la tassa sulla casa.", _answers.Find("tari-imu", "cremona", "it")?.Body);

    [Fact]
    public void Find_EnglishMissing_FallsBackToItalian() =>
        Assert.Equal("TARI e IMU", _answers.Find("tari-imu", "cremona", "en")?.Title);

    [Fact]
    public void Find_EnglishPresent_ReturnsEnglish() =>
        Assert.Equal("Electronic identity card", _answers.Find("cie", "cremona", "en")?.Title);

    [Fact]
    public void Find_UnknownTopic_ReturnsNull() => Assert.Null(_answers.Find("nope", "milano", "it"));
}
