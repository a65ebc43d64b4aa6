using ChatAssistant.Bot.Tests.Support;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>What the citizen sees when the bot is unsure or the message asks for two things (issue 19).</summary>
public class UnderstandingTranscripts
{
    [Fact]
    public async Task TwoNeedsInOneMessage_AnswersTheFirstThenItsButtonAnswersTheSecond()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.LearnTwoNeeds("spid e poi la carta d'identità", "spid-ottenere", new RecognitionCandidate("cie", "Carta d'identità elettronica", 0.6));

        await chat.Send("spid e poi la carta d'identità")
            .AssertReply("Lo SPID è la tua identità digitale.")
            .AssertButtons("Carta d'identità elettronica", "Prenota un appuntamento", "👍", "👎")
            .Press("Carta d'identità elettronica")
            .AssertReply("La carta d'identità elettronica si chiede in Comune.");
    }

    [Fact]
    public async Task GreetingBesideTheQuestion_IsNotOfferedAsASecondNeed()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.LearnTwoNeeds("ciao, spid", "spid-ottenere", new RecognitionCandidate("intent:saluto", "Ciao!", 0.6));

        await chat.Send("ciao, spid").AssertButtons("Prenota un appuntamento", "👍", "👎");
    }

    [Fact]
    public async Task DidYouMean_CandidateWhoseTitleIsAnId_IsNotShown()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("documento digitale", Recognition.None,
            new RecognitionCandidate("intent:prenota", "intent:prenota", 0.4),
            new RecognitionCandidate("spid-ottenere", "Come avere lo SPID", 0.38),
            new RecognitionCandidate("cie", "Carta d'identità elettronica", 0.35));

        await chat.Send("documento digitale")
            .AssertButtons("Come avere lo SPID", "Carta d'identità elettronica", "Nessuna di queste");
    }

    [Fact]
    public Task TwoMessagesInARowNotUnderstood_TheSecondShowsTheDesks() =>
        Transcript.For("milano").Send("chi vince il campionato?")
            .AssertReply("Non lo so.")
            .AssertNoReply("Biblioteca Sormani")
            .Send("e la coppa?")
            .AssertReply("Non ho capito neanche questa volta.")
            .AssertReply("Biblioteca Sormani");

    [Fact]
    public async Task MissThenUnderstoodThenMiss_IsAFirstMissAgain()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("spid", "spid-ottenere");

        await chat.Send("chi vince il campionato?").Send("spid").Send("e la coppa?")
            .AssertReply("Non lo so.")
            .AssertNoReply("neanche questa volta");
    }

    [Fact]
    public Task DidYouMean_NoneOfTheseTwice_ShowsTheDesks()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("documento", Recognition.None,
            new RecognitionCandidate("spid-ottenere", "Come avere lo SPID", 0.3),
            new RecognitionCandidate("cie", "Carta d'identità elettronica", 0.28));

        return chat.Send("documento").Press("Nessuna di queste").AssertReply("Non lo so.")
            .Send("documento").Press("Nessuna di queste")
            .AssertReply("Non ho capito neanche questa volta.")
            .AssertReply("Biblioteca Sormani");
    }
}
