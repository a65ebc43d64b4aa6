using ChatAssistant.Bot.Tests.Support;
using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>informazioni, risposta (kb.answer, kb.feedback, kb.open_related), intendevi.</summary>
public class KnowledgeTranscripts
{
    [Fact]
    public Task TopicButton_ShowsTheAnswerTheOfficialLinkAndTheFeedbackButtons() =>
        Transcript.For("milano").Send("menu").Press("Informazioni sui servizi online").Press("SPID")
            .AssertReply("Lo SPID è la tua identità digitale.")
            .AssertReply("Controlla qui: SPID – sito ufficiale https://www.spid.gov.it/")
            .AssertReply("Questa risposta ti è stata utile?")
            .AssertButtons("Prenota un appuntamento", "👍", "👎");

    [Fact]
    public async Task FreeQuestion_RecognizedTopic_GetsItsAnswer()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("come faccio lo spid", "spid-ottenere");

        await chat.Send("come faccio lo spid")
            .AssertReply("Lo SPID è la tua identità digitale.")
            .AssertHasButton("👍");
    }

    [Fact]
    public async Task ThumbsUp_IsRememberedForTheTopicAndThanked()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("spid", "spid-ottenere");

        await chat.Send("spid").Press("👍").AssertReply("Grazie!");

        Assert.Equal("useful", chat.State.Memory["feedback:spid-ottenere"]);
    }

    [Fact]
    public async Task ThumbsDown_IsRememberedAndGoesToAVolunteer()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("spid", "spid-ottenere");

        // Without the handoff capability (as here) the volunteer flow lists the desks; the host opens a ticket.
        await chat.Send("spid").Press("👎").AssertReply("Mi dispiace.").AssertReply("Biblioteca Sormani");

        Assert.Equal("not-useful", chat.State.Memory["feedback:spid-ottenere"]);
    }

    [Fact]
    public Task RelatedFlowButton_OpensThatFlow() =>
        Transcript.For("milano").Send("menu").Press("Informazioni sui servizi online").Press("SPID")
            .Press("Prenota un appuntamento")
            .AssertReply("Per quale servizio vuoi un appuntamento?");

    [Fact]
    public Task AnswerWithoutLinkOrRelatedFlow_ShowsOnlyTheFeedbackButtons() =>
        Transcript.For("milano").Send("menu").Press("Informazioni sui servizi online").Press("Carta d'identità")
            .AssertReply("si chiede in Comune")
            .AssertNoReply("Controlla qui")
            .AssertButtons("👍", "👎");

    [Fact]
    public Task AnotherQuestionInsteadOfFeedback_IsAnsweredToo()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("spid", "spid-ottenere").Learn("carta identita", "cie");
        return chat.Send("spid").Send("carta identita").AssertReply("si chiede in Comune");
    }

    [Fact]
    public async Task CloseCandidates_AskDidYouMeanAndAnswerThePickedOne()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("documento digitale", Recognition.None,
            new RecognitionCandidate("spid-ottenere", "Come avere lo SPID", 0.4),
            new RecognitionCandidate("cie", "Carta d'identità elettronica", 0.38));

        await chat.Send("documento digitale")
            .AssertReply("Intendevi una di queste cose?")
            .AssertButtons("Come avere lo SPID", "Carta d'identità elettronica", "Nessuna di queste")
            .Press("Carta d'identità elettronica")
            .AssertReply("La carta d'identità elettronica si chiede in Comune.");
    }

    [Fact]
    public Task DidYouMean_NoneOfThese_SaysItDoesNotKnow()
    {
        var chat = Transcript.For("milano");
        chat.Recognizer.Learn("documento", "spid-ottenere", new RecognitionCandidate("cie", "Carta d'identità elettronica", 0.8));

        return chat.Send("documento")
            .AssertButtons("Come avere lo SPID", "Carta d'identità elettronica", "Nessuna di queste")
            .Press("Nessuna di queste")
            .AssertReply("Non lo so.");
    }
}
