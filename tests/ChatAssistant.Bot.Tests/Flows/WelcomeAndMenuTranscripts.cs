using ChatAssistant.Bot.Tests.Support;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>benvenuto, menu, and the "coming soon" answers where a municipality has no desk taking appointments (prenota, mie-prenotazioni, presto).</summary>
public class WelcomeAndMenuTranscripts
{
    internal static readonly string[] MainMenu =
    [
        "Informazioni sui servizi online", "Prenota un appuntamento", "Parla con un volontario", "Avvisi del quartiere", "Segnala un problema",
    ];

    [Fact]
    public Task Start_ShowsTheGreetingWithTheMunicipalityAndTheMenu() =>
        Transcript.For("milano").Send("/start")
            .AssertReply("Ciao! Sono l'assistente digitale del Comune di Milano.")
            .AssertButtons(MainMenu);

    [Fact]
    public Task OpeningTheChat_GreetsWithoutBeingAsked() =>
        Transcript.For("milano").Open()
            .AssertReply("Ciao!")
            .AssertButtons(MainMenu);

    [Fact]
    public Task Greeting_RecognizedAsIntent_ShowsTheWelcome()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("buongiorno", "intent:saluto");
        return chat.Send("buongiorno").AssertReply("Ciao!").AssertButtons(MainMenu);
    }

    [Fact]
    public Task MenuButton_Information_AsksForTheQuestionWithTopicButtons() =>
        Transcript.For("milano").Send("menu")
            .Press("Informazioni sui servizi online")
            .AssertReply("Scrivi la tua domanda con parole tue.")
            .AssertButtons("SPID", "Carta d'identità", "Certificati", "pagoPA", "ISEE", "Fascicolo sanitario");

    [Fact]
    public Task MenuButton_BookingWhereNoDeskTakesAppointments_SaysItComesLaterAndGivesTheDesks() =>
        Transcript.For("esempio").Send("menu")
            .Press("Prenota un appuntamento")
            .AssertReply("arriva presto")
            .AssertReply("Anagrafe centrale")
            .AssertButtons("Menu", "Parla con un volontario");

    [Fact]
    public Task MenuButton_ReportAProblem_AsksWhatAboutWithTheCategoryButtons() =>
        Transcript.For("milano").Send("menu").Press("Segnala un problema")
            .AssertReply("Cosa vuoi segnalare al Comune?")
            .AssertButtons("Strade e buche", "Luci in strada", "Rifiuti", "Verde pubblico", "Altro", "Un consiglio", "Un reclamo");

    [Fact]
    public Task MyAppointments_RecognizedAsIntent_SaysItComesLater()
    {
        var chat = Transcript.For("esempio");
        chat.Recognizer.Learn("dove vedo il mio appuntamento", "intent:mie-prenotazioni");
        return chat.Send("dove vedo il mio appuntamento").AssertReply("Vedere i tuoi appuntamenti qui arriva presto.");
    }

    [Fact]
    public Task Menu_NumberTyped_PressesThatButton() =>
        Transcript.For("milano").Send("menu").Send("3")
            .AssertReply("La chat con i volontari arriva presto.");

    [Fact]
    public Task Menu_LabelTypedLoosely_IsUnderstood() =>
        Transcript.For("milano").Send("menu").Send("informazioni")
            .AssertReply("Scrivi la tua domanda con parole tue.");
}
