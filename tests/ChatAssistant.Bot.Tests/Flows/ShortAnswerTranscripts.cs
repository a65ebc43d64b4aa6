using ChatAssistant.Bot.Tests.Support;
using ChatAssistant.Core.Activities;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>
/// Issue 20: an answer fits a phone screen. The first message answers and gives the first step; the other steps and
/// what to bring follow behind buttons; "Chi ti aiuta" closes the first answer of a conversation only.
/// </summary>
public class ShortAnswerTranscripts
{
    private const int PhoneScreen = 350;

    public static TheoryData<string> Channels => new() { ChannelIds.Telegram, ChannelIds.WebChat };

    private static Transcript Residence(string channel)
    {
        var chat = Transcript.On(channel);
        chat.Recognizer.Learn("cambio residenza", "cambio-residenza").Learn("spid", "spid-ottenere");
        return chat;
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public Task LongAnswer_FirstMessageIsShortAndGivesTheFirstStep(string channel) =>
        Residence(channel).Send("cambio residenza")
            .AssertReplyAt(0, first =>
            {
                Assert.True(first.Length <= PhoneScreen, $"{first.Length} characters: {first}");
                Assert.StartsWith("Se vai a vivere in un'altra casa", first, StringComparison.Ordinal);
                Assert.Contains("1. Vai su www.anagrafenazionale.interno.it", first, StringComparison.Ordinal);
                Assert.DoesNotContain("2. Scegli", first, StringComparison.Ordinal);
                Assert.DoesNotContain("Cosa serve", first, StringComparison.Ordinal);
            })
            .AssertReply("Controlla qui: ANPR – cambio di residenza online https://www.anagrafenazionale.interno.it/")
            .AssertReply("Vuoi sapere di più?")
            .AssertButtons("Dimmi i passaggi", "Cosa serve", "Prenota un appuntamento", "👍", "👎");

    [Theory]
    [MemberData(nameof(Channels))]
    public Task StepsButton_RevealsTheStepsAndLeavesWhatINeed(string channel) =>
        Residence(channel).Send("cambio residenza").Press("Dimmi i passaggi")
            .AssertReply("2. Scegli \"Cambio di residenza\".")
            .AssertReply("4. Allega i documenti richiesti e invia.")
            .AssertReply("Se sei straniero e arrivi dall'estero")
            .AssertNoReply("il contratto d'affitto")
            .AssertButtons("Cosa serve", "Prenota un appuntamento", "👍", "👎");

    [Theory]
    [MemberData(nameof(Channels))]
    public Task BothButtons_RevealEverythingThenAskIfItWasUseful(string channel) =>
        Residence(channel).Send("cambio residenza").Press("Cosa serve")
            .AssertReply("- il contratto d'affitto")
            .AssertNoReply("2. Scegli")
            .AssertButtons("Dimmi i passaggi", "Prenota un appuntamento", "👍", "👎")
            .Press("Dimmi i passaggi")
            .AssertReply("2. Scegli")
            .AssertReply("Questa risposta ti è stata utile?")
            .AssertButtons("Prenota un appuntamento", "👍", "👎")
            .Press("👍")
            .AssertReply("Grazie!");

    [Fact]
    public Task ClosingLine_ComesWithTheFirstPartRevealed_NotWithTheOpening() =>
        Residence(ChannelIds.Telegram).Send("cambio residenza")
            .AssertNoReply("Chi ti aiuta")
            .Press("Dimmi i passaggi")
            .AssertReply("**Chi ti aiuta:** i volontari")
            .Press("Cosa serve")
            .AssertNoReply("Chi ti aiuta");

    [Fact]
    public Task ClosingLine_AppearsOncePerConversation() =>
        Residence(ChannelIds.WebChat).Send("cambio residenza").Press("Cosa serve")
            .AssertReply("Chi ti aiuta")
            .Send("cambio residenza").Press("Cosa serve")
            .AssertReply("- il contratto d'affitto")
            .AssertNoReply("Chi ti aiuta");

    [Fact]
    public async Task ClosingLine_ComesBackWhenTheCitizenReturnsTheNextDay()
    {
        var chat = Residence(ChannelIds.Telegram);
        await chat.Send("cambio residenza").Press("Cosa serve").AssertReply("Chi ti aiuta");

        chat.Clock.Advance(TimeSpan.FromHours(25));

        await chat.Send("cambio residenza").Press("Cosa serve").AssertReply("Chi ti aiuta");
    }

    [Fact]
    public Task AnotherQuestionInsteadOfAButton_IsAnswered() =>
        Residence(ChannelIds.Telegram).Send("cambio residenza").Send("spid")
            .AssertReply("Lo SPID è la tua identità digitale.");

    [Fact]
    public Task ShortAnswer_ComesWhole_WithoutMoreButtons() =>
        Residence(ChannelIds.WebChat).Send("spid")
            .AssertReply("Lo SPID è la tua identità digitale. Lo chiedi a un gestore.")
            .AssertButtons("Prenota un appuntamento", "👍", "👎");

    [Fact]
    public Task EnglishAnswer_HasEnglishButtonLabels() =>
        Residence(ChannelIds.Telegram).Send("/lingua").Press("English").Send("cambio residenza")
            .AssertReply("If you move to another home")
            .AssertButtons("Show me the steps", "What I need", "Book an appointment", "👍", "👎")
            .Press("What I need")
            .AssertReply("- the documents of everyone moving")
            .AssertReply("**Who helps you:**");
}
