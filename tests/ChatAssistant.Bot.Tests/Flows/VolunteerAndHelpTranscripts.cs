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
}
