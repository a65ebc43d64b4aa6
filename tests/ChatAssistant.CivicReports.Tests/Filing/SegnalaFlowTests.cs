using ChatAssistant.CivicReports.Tests.Support;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Codes;

namespace ChatAssistant.CivicReports.Tests.Filing;

/// <summary>The segnala flow through the real pipeline, flows and LiteDB file (issue 17, point 1).</summary>
public sealed class SegnalaFlowTests : IAsyncLifetime
{
    private readonly CivicWorld _world = new();

    private Task<CivicWorld.Citizen> AtTheDescription(string chatId, string channel = ChannelIds.Telegram) =>
        _world.Chat(chatId, channel).Send("menu")
            .Press("Segnala un problema")
            .Says("Cosa vuoi segnalare al Comune?")
            .Press("Strade e buche")
            .Says("Scrivi in poche righe cosa succede");

    [Fact]
    public async Task Telegram_CategoryDescriptionPositionAndPhoto_FilesAReportWithACodeThePositionAndThePhoto()
    {
        _world.Files.Add("photo-1", TelegramFilesOnTheOtherSide.Jpeg);

        var chat = await AtTheDescription("101").Send("C'è una buca grande davanti al civico 12")
            .Says("Dove si trova?")
            .ShareLocation(45.4642035, 9.1899816)
            .Says("Non mandare mai foto di documenti")
            .SendFile("photo-1", TelegramFilesOnTheOtherSide.Jpeg.Length)
            .Says("Foto ricevuta.")
            .Says("Tipo: Strade e buche")
            .Says("Dove: la posizione che hai mandato")
            .Says("Foto: sì")
            .Press("Sì")
            .Says("Il codice della segnalazione è");

        var code = chat.Texts.Split(' ', '.', '\n').Single(w => w.Length == 6 && ShortCodes.Normalize(w) == w && w.Any(char.IsDigit) | w.All(char.IsUpper));
        var report = await _world.Reports.GetAsync("milano", code);
        Assert.NotNull(report);
        Assert.Equal((CivicCategories.Roads, "C'è una buca grande davanti al civico 12"), (report.Category, report.Description));
        Assert.Equal((45.4642, 9.18998), (report.Latitude!.Value, report.Longitude!.Value));
        Assert.Equal((CivicReportStatus.Received, "telegram", "101"), (report.Status, report.ChannelId, report.ConversationId));
        Assert.Equal(TelegramFilesOnTheOtherSide.Jpeg, (await _world.Reports.GetPhotoAsync("milano", code))!.Bytes);

        await chat.Send($"stato segnalazione {code.ToLowerInvariant()}")
            .Says($"La segnalazione {code} (Strade e buche) è ricevuta.");
    }

    [Fact]
    public async Task WebChat_TypedAddress_NoPhotoQuestion_FilesTheReport()
    {
        var chat = await AtTheDescription("web-1", ChannelIds.DirectLine).Send("Il lampione è spento da una settimana")
            .Says("Dove si trova?")
            .Send("Via Padova 21")
            .DoesNotSay("foto")
            .Says("Dove: Via Padova 21")
            .Press("Sì")
            .Says("Il codice della segnalazione è");

        var report = Assert.Single(await _world.Reports.ListAsync("milano", null, null, 10));
        Assert.Equal(("Via Padova 21", false, (double?)null), (report.Place, report.HasPhoto, report.Latitude));
        Assert.Contains($"stato segnalazione {report.Code}", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPlaceAndNoPhotoButtons_AndNo_AtTheEnd_FileNothing()
    {
        await AtTheDescription("102").Send("Vorrei più panchine nel parco")
            .Press("Non c'è un luogo")
            .Press("Senza foto")
            .Says("Dove: nessun luogo")
            .Says("Foto: no")
            .Press("No")
            .Says("Va bene, non ho mandato niente.");

        Assert.Empty(await _world.Reports.ListAsync("milano", null, null, 10));
    }

    [Fact]
    public async Task Description_2000Characters_IsAskedAgainShorter_ThenGoesOn()
    {
        await AtTheDescription("103").Send(new string('a', 1990) + " buca!!!!")
            .Says("Il testo è troppo lungo. Scrivi al massimo 1000 caratteri.")
            .Send("Buca profonda in via Roma")
            .Says("Dove si trova?");
    }

    [Fact]
    public async Task Description_TooShortOrAPhoto_IsAskedAgain()
    {
        await AtTheDescription("104").Send("buca")
            .Says("Scrivi qualche parola in più")
            .SendFile("photo-x", 100)
            .Says("Scrivi qualche parola in più");
    }

    [Fact]
    public async Task Photo_TooLarge_NotAnImage_OrABrokenImage_GetAPlainMessage_AndNothingIsKept()
    {
        _world.Files.Add("big", new byte[6 * 1024 * 1024]);
        _world.Files.Add("fake-jpeg", "%PDF-1.7 not a photo"u8.ToArray());
        _world.Files.Add("ok", TelegramFilesOnTheOtherSide.Jpeg);

        var chat = await AtTheDescription("105").Send("Rifiuti abbandonati vicino al cassonetto")
            .Send("Via Roma 1")
            .SendFile("big", 6 * 1024 * 1024)
            .Says("La foto è troppo grande: al massimo 5 MB.")
            .SendFile("big", size: null)
            .Says("La foto è troppo grande: al massimo 5 MB.")
            .SendFile("doc", 2048, "application/pdf", "document")
            .Says("Questo file non è una foto.")
            .SendFile("fake-jpeg", 20, "image/jpeg", "document")
            .Says("Questo file non è una foto.")
            .Send("ecco")
            .Says("Manda una foto, o premi «Senza foto».")
            .SendFile("ok", TelegramFilesOnTheOtherSide.Jpeg.Length)
            .Says("Foto ricevuta.")
            .Press("Sì");

        var report = Assert.Single(await _world.Reports.ListAsync("milano", null, null, 10));
        Assert.True(report.HasPhoto);
        Assert.Equal(TelegramFilesOnTheOtherSide.Jpeg, (await _world.Reports.GetPhotoAsync("milano", report.Code))!.Bytes);
        Assert.Contains("Il codice della segnalazione è", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Description_WithAPassword_IsStoredRedacted()
    {
        await AtTheDescription("106").Send("Il sito del Comune non va, la mia password: Segreta.2026 non funziona")
            .Press("Non c'è un luogo")
            .Press("Senza foto")
            .Press("Sì");

        var report = Assert.Single(await _world.Reports.ListAsync("milano", null, null, 10));
        Assert.DoesNotContain("Segreta.2026", report.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusQuery_UnknownCode_AndSomeoneElsesCode_GetTheSameAnswer()
    {
        await AtTheDescription("107").Send("Erba altissima nei giardini di via Tito")
            .Press("Non c'è un luogo").Press("Senza foto").Press("Sì");
        var code = Assert.Single(await _world.Reports.ListAsync("milano", null, null, 10)).Code;

        await _world.Chat("108").Send($"stato segnalazione {code}")
            .Says($"Non trovo la segnalazione {code} tra le tue.")
            .DoesNotSay("Strade");
        await _world.Chat("108").Send("stato segnalazione ZZZ999")
            .Says("Non trovo la segnalazione ZZZ999 tra le tue.");
        await _world.Chat("107").Send($"report status {code}")
            .Says($"La segnalazione {code} (Strade e buche) è ricevuta.");
    }

    [Fact]
    public async Task StatusQuery_InTheMiddleOfTheFlow_AnswersAndTheQuestionStillWaits()
    {
        await AtTheDescription("109").Send("Albero caduto sulla strada principale")
            .Press("Non c'è un luogo").Press("Senza foto").Press("Sì");
        var code = Assert.Single(await _world.Reports.ListAsync("milano", null, null, 10)).Code;

        await AtTheDescription("109").Send($"stato segnalazione {code}")
            .Says("è ricevuta")
            .Send("Un'altra buca in via Roma")
            .Says("Dove si trova?");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
