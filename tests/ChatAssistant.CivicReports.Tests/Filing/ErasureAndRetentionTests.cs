using ChatAssistant.CivicReports.Status;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.CivicReports.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.CivicReports.Tests.Filing;

/// <summary>A citizen who erases their data takes their reports and photos with them; closed reports go after the retention period.</summary>
public sealed class ErasureAndRetentionTests : IAsyncLifetime
{
    private readonly CivicWorld _world = new(new Dictionary<string, string?> { ["ChatAssistant:CivicReports:ClosedRetentionDays"] = "30" });

    private async Task<string> FileAsync(string chatId, string description)
    {
        _world.Files.Add("p-" + chatId, TelegramFilesOnTheOtherSide.Jpeg);
        await _world.Chat(chatId).Send("menu").Press("Segnala un problema").Press("Rifiuti").Send(description).Send("Via Roma 3")
            .SendFile("p-" + chatId, TelegramFilesOnTheOtherSide.Jpeg.Length).Press("Sì");
        return (await _world.Reports.ListAsync("milano", null, null, 50))[0].Code;
    }

    [Fact]
    public async Task EraseMyData_RemovesMyReportsAndPhotos_NotOthers()
    {
        var mine = await FileAsync("301", "Cassonetto rotto da giorni");
        var theirs = await FileAsync("302", "Cassonetto pieno da giorni");

        await _world.Chat("301").Send("privacy").Press("Cancella i miei dati").Press("Sì").Says("Ho cancellato i tuoi dati.");

        Assert.Null(await _world.Reports.GetAsync("milano", mine));
        Assert.Null(await _world.Reports.GetPhotoAsync("milano", mine));
        Assert.NotNull(await _world.Reports.GetPhotoAsync("milano", theirs));
    }

    [Fact]
    public async Task Purge_DeletesReportsClosedLongerThanTheSetting_KeepsTheRest()
    {
        var old = await FileAsync("303", "Lampione spento in piazza");
        var recent = await FileAsync("304", "Lampione spento in via Roma");
        var open = await FileAsync("305", "Lampione spento in via Verdi");
        var moves = _world.Services.GetRequiredService<StatusMoves>();
        await moves.MoveAsync("milano", old, "closed", null);
        _world.Clock.Advance(TimeSpan.FromDays(20));
        await moves.MoveAsync("milano", recent, "closed", null);
        _world.Clock.Advance(TimeSpan.FromDays(11));

        Assert.Equal(1, await _world.Services.GetRequiredService<CivicReportPurge>().RunAsync(CancellationToken.None));

        Assert.Null(await _world.Reports.GetAsync("milano", old));
        Assert.Null(await _world.Reports.GetPhotoAsync("milano", old));
        Assert.NotNull(await _world.Reports.GetAsync("milano", recent));
        Assert.NotNull(await _world.Reports.GetAsync("milano", open));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
