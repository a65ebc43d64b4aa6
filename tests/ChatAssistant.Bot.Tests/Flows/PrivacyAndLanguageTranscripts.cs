using ChatAssistant.Bot.Tests.Support;

namespace ChatAssistant.Bot.Tests.Flows;

/// <summary>privacy (privacy.erase) and lingua (language.set).</summary>
public class PrivacyAndLanguageTranscripts
{
    [Fact]
    public Task Privacy_SaysWhatWeKeepForHowLongAndNeverToTypePasswords() =>
        Transcript.For("milano").Send("/privacy")
            .AssertReply("per 90 giorni, poi li cancelliamo")
            .AssertReply("Non scrivere mai password")
            .AssertButtons("Cancella i miei dati", "Menu");

    // The text citizens read and the purge's default must not drift apart.
    [Fact]
    public Task Privacy_StatesTheDefaultTranscriptRetention() =>
        Transcript.For("milano").Send("/privacy")
            .AssertReply($"per {new ChatAssistant.Core.Retention.RetentionOptions().TranscriptDays} giorni");

    [Fact]
    public async Task Privacy_EraseConfirmed_ErasesTheCitizenAndSaysSo()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/privacy").Press("Cancella i miei dati")
            .AssertReply("Sei sicuro?")
            .AssertButtons("Sì", "No")
            .Send("sì")
            .AssertReply("Fatto. Ho cancellato i tuoi dati.");

        Assert.Equal(["milano:test:citizen-1"], chat.Store.Erased);
        Assert.Empty(chat.State.Dialog.Stack);
        Assert.Empty(chat.State.Memory);
    }

    [Fact]
    public async Task Privacy_EraseRefused_KeepsEverything()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/privacy").Press("Cancella i miei dati").Press("No")
            .AssertReply("Va bene, non ho cancellato niente.");

        Assert.Empty(chat.Store.Erased);
    }

    [Fact]
    public async Task Language_English_NextRepliesAreInEnglish()
    {
        var chat = Transcript.For("milano");
        await chat.Send("/lingua")
            .AssertReply("Which language do you prefer?")
            .Press("English")
            .AssertReply("All right, we will talk in English.")
            .AssertButtons("Information on online services", "Book an appointment", "Talk to a volunteer", "Neighbourhood news", "Report a problem")
            .Send("aiuto")
            .AssertReply("I answer questions about the municipality's online services.");

        Assert.Equal("en", chat.State.Language);
        Assert.True(chat.State.LanguageChosen);
    }

    [Fact]
    public Task Language_EnglishChosen_ItalianButtonLabelsStillWork() =>
        Transcript.For("milano").Send("/language").Press("English")
            .Send("Parla con un volontario")
            .AssertReply("Chat with volunteers is coming soon.");
}
