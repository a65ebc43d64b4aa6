using ChatAssistant.Bot.Tests.Support;
using ChatAssistant.Core.Activities;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>Words that work inside every flow, re-prompts and escalation, odd input.</summary>
public class GlobalWordsTranscripts
{
    [Fact]
    public async Task Cancel_InTheMiddleOfAFlow_StopsAndShowsTheMenu()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/privacy").Press("Cancella i miei dati")
            .Send("annulla")
            .AssertReply("Va bene, mi fermo qui.")
            .AssertButtons(WelcomeAndMenuTranscripts.MainMenu);

        Assert.Empty(chat.Store.Erased);
    }

    [Fact]
    public Task Volunteer_InTheMiddleOfAFlow_OffersTheDesks() =>
        Transcript.For("milano").Send("/privacy").Press("Cancella i miei dati")
            .Send("volontario")
            .AssertReply("La chat con i volontari arriva presto.");

    [Fact]
    public Task UnknownCommand_GetsAShortHelpWithTheMenuButtons() =>
        Transcript.For("milano").Send("/pizza")
            .AssertReply("Non conosco questo comando.")
            .AssertButtons(WelcomeAndMenuTranscripts.MainMenu);

    [Fact]
    public Task WrongAnswer_GetsOneSimplerReprompt() =>
        Transcript.For("milano").Send("/privacy").Press("Cancella i miei dati")
            .Send("boh forse")
            .AssertReply("Rispondi sì o no, per favore.")
            .AssertButtons("Sì", "No");

    [Fact]
    public Task SecondWrongAnswer_OffersAVolunteer() =>
        Transcript.For("milano").Send("/privacy").Press("Cancella i miei dati")
            .Send("boh forse")
            .Send("non capisco")
            .AssertReply("La chat con i volontari arriva presto.")
            .AssertReply("Biblioteca Sormani");

    [Fact]
    public Task MessageWithoutText_AsksForAWrittenMessage() =>
        Transcript.For("milano").Send("")
            .AssertReply("Per ora leggo solo i messaggi scritti.");

    [Fact]
    public async Task Restart_InTheMiddleOfAFlow_TheNextAnswerContinuesIt()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/privacy").Press("Cancella i miei dati");

        // A new bot over the same saved state, as after the host restarted.
        var restarted = Transcript.For("milano", chat.Store);
        await restarted.Send("sì").AssertReply("Ho cancellato i tuoi dati.");
    }

    [Fact]
    public async Task Cancel_ReplyIsAddressedToTheCitizen()
    {
        var chat = await Transcript.For("milano").Send("annulla");

        Assert.All(chat.Replies, r => Assert.Equal(ActivityTypes.Message, r.Type));
        Assert.All(chat.Replies, r => Assert.Equal("citizen-1", r.Recipient?.Id));
    }
}
