using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Knowledge.Tests.Recognition;

/// <summary>
/// Messages the way citizens really write them on Telegram (issue 19): the need inside greetings and a story, the
/// problem described instead of the service named, dialect and chat abbreviations, English that names no Italian
/// service. None of these phrasings is in the knowledge base.
/// </summary>
public sealed class RealisticMessageTests
{
    private readonly IRecognizer _recognizer = TestKnowledge.Recognizer(TestKnowledge.Real);

    [Fact]
    public void Recognize_GreetingAndApologyBeforeTheNeed_ScoresLikeTheNeedAlone()
    {
        var wrapped = _recognizer.Recognize("buongiorno a tutti e scusate il disturbo, come faccio a cambiare la residenza?", null, null);
        var bare = _recognizer.Recognize("come faccio a cambiare la residenza?", null, null);

        Assert.Equal("cambio-residenza", wrapped.Id);
        Assert.True(wrapped.Score >= 0.9 * bare.Score, $"with courtesy {wrapped.Score}, without {bare.Score}");
    }

    [Fact]
    public void Recognize_NeedAfterALongStory_IsAnsweredNotAbstained()
    {
        var result = _recognizer.Recognize(
            "salve, mio marito è in pensione da poco e i figli vivono lontano, non ci aiutano con il computer; " +
            "adesso ci serve il certificato di residenza per la banca, si scarica da casa?", null, null);

        Assert.Equal("certificati-anagrafici", result.Id);
        Assert.True(result.Score >= new KnowledgeOptions().AbstainBelow, $"score {result.Score}");
    }

    [Theory]
    [InlineData("mia madre ha cambiato cellulare e adesso quando prova a entrare nel sito dell'inps non le arriva più niente sul telefono", "spid-problemi")]
    [InlineData("il padrone di casa ci ha detto che entro fine mese dobbiamo andare via e non sappiamo dove dormire", "casa-emergenza-sat")]
    [InlineData("mia figlia è celiaca e a scuola le danno il pranzo con la pasta normale, a chi lo dico?", "servizi-scolastici")]
    public void Recognize_ProblemDescribedWithoutNamingTheService_FindsTheService(string message, string expected) =>
        Assert.Equal(expected, _recognizer.Recognize(message, null, null).Id);

    [Theory]
    [InlineData("nn me ricordo + la password pe entrà, me dice sempre sbajata", "spid-problemi")]
    [InlineData("ndo se paga sto avviso der comune?", "pagopa")]
    public void Recognize_DialectAndChatAbbreviations_FindsTheNeed(string message, string expected) =>
        Assert.Equal(expected, _recognizer.Recognize(message, null, null).Id);

    [Fact]
    public void Recognize_EnglishParaphraseNamingNoItalianService_FindsSpid()
    {
        var result = _recognizer.Recognize("hi, which login do I need for the italian government websites and where do I get it?", null, null);

        Assert.Equal("spid-ottenere", result.Id);
        Assert.Equal("en", result.Language);
    }

    [Theory]
    [InlineData("buongiorno")]
    [InlineData("ciao!")]
    [InlineData("buonasera, grazie mille!")]
    public void Recognize_NothingButAGreeting_IsTheGreeting(string message) =>
        Assert.Equal("intent:saluto", _recognizer.Recognize(message, null, null).Id);

    [Fact]
    public void Recognize_TwoNeedsInOneMessage_AnswersOneAndOffersTheOther()
    {
        var result = _recognizer.Recognize("devo rinnovare la carta d'identità e poi anche fare lo spid", null, null);

        // Which of the two is the main one is the recognizer's call (both are strong); each must be there.
        var other = Assert.Single(result.OtherNeeds, other => other.Id is "cie" or "spid-ottenere");
        Assert.Equal(new[] { "cie", "spid-ottenere" }, new[] { result.Id!, other.Id }.Order(StringComparer.Ordinal));
        Assert.True(other.Title.Length > 0);
    }

    [Fact]
    public void Recognize_OneNeedWithItsStory_OffersNoSecondNeed() =>
        Assert.Empty(_recognizer.Recognize("buongiorno, ho perso il portafoglio con dentro la carta d'identità, come la rifaccio?", null, null).OtherNeeds);
}
