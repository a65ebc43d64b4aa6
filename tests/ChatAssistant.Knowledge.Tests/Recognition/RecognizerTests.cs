using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Tests.Recognition;

public sealed class RecognizerTests
{
    private readonly KnowledgeRecognizer _recognizer = TestKnowledge.Recognizer(TestKnowledge.Fixture);

    [Theory]
    [InlineData("ho perso la carta d'identità", "cie")]
    [InlineData("dove si trova l'anagrafe", "anagrafe")]
    [InlineData("devo pagare la spazzatura", "tari-imu")]
    [InlineData("quanto costa l'immondizia", "tari-imu")]
    [InlineData("vorrei prenotare un appuntamento", "intent:prenota")]
    public void Recognize_ItalianQuestion_FindsTheTopic(string question, string expected) =>
        Assert.Equal(expected, _recognizer.Recognize(question, null, null).Id);

    [Theory]
    [InlineData("crta d'identita persa", "cie")]
    [InlineData("spidd", "spid-ottenere")]
    [InlineData("anagrfe orari", "anagrafe")]
    public void Recognize_Typos_StillFindTheTopic(string question, string expected) =>
        Assert.Equal(expected, _recognizer.Recognize(question, null, null).Id);

    [Fact]
    public void Recognize_EnglishQuestion_FindsTheTopicAndAnswersInEnglish()
    {
        var result = _recognizer.Recognize("I lost my ID card", null, null);

        Assert.Equal("cie", result.Id);
        Assert.Equal("en", result.Language);
    }

    [Theory]
    [InlineData("che tempo fa domani a Roma?")]
    [InlineData("chi ha vinto la partita ieri")]
    [InlineData("who won the football match")]
    [InlineData("zxqv blorp frumble")]
    public void Recognize_OutOfScope_AbstainsWithNone(string question) =>
        Assert.True(_recognizer.Recognize(question, null, null).IsNone);

    [Fact]
    public void Recognize_AmbiguousQuestion_OffersTheOtherTopicAsDidYouMean()
    {
        // "spid" alone fits getting SPID and SPID problems equally well.
        var result = _recognizer.Recognize("spid", null, null);

        var ids = result.Alternatives.Select(a => a.Id).Append(result.Id).ToList();
        Assert.Contains("spid-ottenere", ids);
        Assert.Contains("spid-problemi", ids);
        Assert.NotEmpty(result.Alternatives);
        Assert.All(result.Alternatives, a => Assert.False(string.IsNullOrEmpty(a.Title)));
    }

    [Fact]
    public void Recognize_ClearQuestion_HasAHighScoreAndNoAlternatives()
    {
        var result = _recognizer.Recognize("ho dimenticato la password dello spid", null, null);

        Assert.Equal("spid-problemi", result.Id);
        Assert.InRange(result.Score, 0.5, 1);
        Assert.Empty(result.Alternatives);
    }

    [Fact]
    public void Recognize_Negation_IsPartOfTheMatch() =>
        Assert.Equal("spid-problemi", _recognizer.Recognize("non riesco a entrare con lo spid", null, null).Id);
}
