using ChatAssistant.Bot.Tests.Support;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>volontario (handoff.offer), aiuto, non-so.</summary>
public class VolunteerAndHelpTranscripts
{
    [Fact]
    public Task Volunteer_SaysLiveChatComesLaterAndListsTheDesks() =>
        Transcript.For("milano").Send("operatore")
            .AssertReply("La chat con i volontari arriva presto.")
            .AssertReply("Biblioteca Sormani")
            .AssertReply("lun-ven 9:30-12:30")
            .AssertButtons("Menu");

    [Fact]
    public Task Volunteer_ConfirmedHours_AreShownWithTheWebsite() =>
        Transcript.For("milano").Send("operatore")
            .AssertReply("Sito del Comune: https://www.comune.milano.it/")
            .AssertNoReply("Prima di andare");

    [Fact]
    public Task Volunteer_ExampleHours_AreNeverShown_TheWebsiteIs() =>
        Transcript.For("esempio").Send("operatore")
            .AssertNoReply("lun-ven 9-12")
            .AssertNoReply("orari di esempio")
            .AssertReply("Biblioteca di quartiere\n  Via Roma 1\n  Orari sul sito del Comune")
            .AssertReply("Anagrafe centrale\n  Piazza Grande 2\n  Orari sul sito del Comune")
            .AssertReply("Prima di andare, controlla orari e indirizzi sul sito del Comune: https://www.comune.esempio.it/");

    [Fact]
    public Task Volunteer_ProjectPlace_SaysToAskBeforeGoing() =>
        Transcript.For("esempio").Send("operatore")
            .AssertReply("Qui c'erano i volontari di un progetto del 2023.");

    [Fact]
    public Task Volunteer_MunicipalityWithoutDesks_SaysWhereToAsk() =>
        Transcript.For("vuoto").Send("/operatore")
            .AssertReply("Chiedi al tuo Comune dove trovi uno sportello");

    [Fact]
    public Task Help_ExplainsWhatTheBotDoesWithButtons() =>
        Transcript.For("milano").Send("aiuto")
            .AssertReply("Rispondo a domande sui servizi online del Comune.")
            .AssertReply("Scrivi «annulla» per fermarti.")
            .AssertButtons("Informazioni sui servizi online", "Parla con un volontario", "Cambia lingua", "I miei dati");

    [Fact]
    public Task Help_ThenChangeLanguageButton_OpensTheLanguageChoice() =>
        Transcript.For("milano").Send("/help").Press("Cambia lingua")
            .AssertButtons("Italiano", "English");

    [Fact]
    public Task UnknownQuestion_SaysPlainlyItDoesNotKnowAndOffersAVolunteer() =>
        Transcript.For("milano").Send("chi vince il campionato?")
            .AssertReply("Non lo so. Posso farti parlare con un volontario.")
            .AssertButtons("Parla con un volontario", "Menu");

    [Fact]
    public Task UnknownQuestion_ThenVolunteerButton_OffersTheDesks() =>
        Transcript.For("milano").Send("che tempo fa?").Press("Parla con un volontario")
            .AssertReply("Biblioteca Sormani");

    [Fact]
    public Task UnknownTwiceInARow_GoesToTheVolunteerFlow() =>
        Transcript.For("milano").Send("chi vince il campionato?").Send("e domani piove?")
            .AssertNoReply("Non lo so.")
            .AssertReply("Biblioteca Sormani");

    [Fact]
    public async Task UnknownThenAnAnswerThenUnknown_IsNotTwiceInARow()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("spid", "spid-ottenere");

        await chat.Send("chi vince il campionato?").Send("spid").Send("e domani piove?")
            .AssertReply("Non lo so.")
            .AssertNoReply("Biblioteca Sormani");
    }
}
