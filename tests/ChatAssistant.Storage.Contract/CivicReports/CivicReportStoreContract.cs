using ChatAssistant.CivicReports;
using ChatAssistant.CivicReports.Storage;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract.CivicReports;

/// <summary>Citizens' reports: stored with their photo, listed per tenant, moved forward by one winner, purged and erased with the photo.</summary>
public abstract class CivicReportStoreContract : StoreContract
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5];

    protected ICivicReportStore Reports => ReportsOf(Stores);

    /// <summary>The engine's report store over the opened stores.</summary>
    protected abstract ICivicReportStore ReportsOf(StoreSet stores);

    public static CivicReport NewReport(string code, string tenant = "milano", string citizen = "milano:telegram:1", string category = CivicCategories.Roads, DateTimeOffset? at = null) => new()
    {
        TenantId = tenant,
        Code = code,
        CitizenId = citizen,
        ChannelId = "telegram",
        ConversationId = "1",
        CitizenUserId = "1",
        Language = "it",
        Category = category,
        Description = "Buca grande davanti al civico 12",
        Place = "Via Roma 12",
        Latitude = 45.46421,
        Longitude = 9.19,
        HasPhoto = true,
        CreatedAt = at ?? Noon,
        UpdatedAt = at ?? Noon,
    };

    [Fact]
    public async Task TryInsertAsync_ThenGet_ReturnsEveryFieldAndThePhoto_AfterARestartToo()
    {
        Assert.True(await Reports.TryInsertAsync(NewReport("ABC234"), new CivicPhoto("image/jpeg", Jpeg)));
        await ReopenAsync();

        var read = await Reports.GetAsync("milano", "ABC234");
        Assert.NotNull(read);
        Assert.Equal(("Buca grande davanti al civico 12", "Via Roma 12", CivicCategories.Roads), (read.Description, read.Place, read.Category));
        Assert.Equal((45.46421, 9.19), (read.Latitude!.Value, read.Longitude!.Value));
        Assert.Equal(CivicReportStatus.Received, read.Status);
        Assert.Equal(Noon, read.CreatedAt);
        var photo = await Reports.GetPhotoAsync("milano", "ABC234");
        Assert.Equal("image/jpeg", photo!.ContentType);
        Assert.Equal(Jpeg, photo.Bytes);
    }

    [Fact]
    public async Task TryInsertAsync_SameCodeInTheTenant_IsRefused_InAnotherTenantIsFine()
    {
        Assert.True(await Reports.TryInsertAsync(NewReport("ABC234"), null));
        Assert.False(await Reports.TryInsertAsync(NewReport("ABC234", citizen: "milano:telegram:2"), null));
        Assert.True(await Reports.TryInsertAsync(NewReport("ABC234", tenant: "cremona"), null));

        Assert.Equal("milano:telegram:1", (await Reports.GetAsync("milano", "ABC234"))!.CitizenId);
        Assert.Null(await Reports.GetPhotoAsync("milano", "ABC234"));
        Assert.Null(await Reports.GetAsync("bergamo", "ABC234"));
    }

    [Fact]
    public async Task ListAsync_FiltersByTenantStatusAndCategory_NewestFirst()
    {
        await Reports.TryInsertAsync(NewReport("AAA222", at: Noon), null);
        await Reports.TryInsertAsync(NewReport("BBB333", category: CivicCategories.Waste, at: Noon.AddHours(1)), null);
        await Reports.TryInsertAsync(NewReport("CCC444", at: Noon.AddHours(2)), null);
        await Reports.TryInsertAsync(NewReport("DDD555", tenant: "cremona"), null);
        await Reports.TryMoveAsync("milano", "CCC444", CivicReportStatus.Received, CivicReportStatus.SentToOffice, null, Noon.AddHours(3));

        Assert.Equal(["CCC444", "BBB333", "AAA222"], (await Reports.ListAsync("milano", null, null, 10)).Select(r => r.Code));
        Assert.Equal(["BBB333", "AAA222"], (await Reports.ListAsync("milano", CivicReportStatus.Received, null, 10)).Select(r => r.Code));
        Assert.Equal(["BBB333"], (await Reports.ListAsync("milano", null, CivicCategories.Waste, 10)).Select(r => r.Code));
        Assert.Equal(["CCC444"], (await Reports.ListAsync("milano", CivicReportStatus.SentToOffice, CivicCategories.Roads, 10)).Select(r => r.Code));
        Assert.Equal(["CCC444"], (await Reports.ListAsync("milano", null, null, 1)).Select(r => r.Code));
    }

    [Fact]
    public async Task TryMoveAsync_TwoWritersFromTheSameStatus_ExactlyOneWins()
    {
        await Reports.TryInsertAsync(NewReport("ABC234"), null);

        var moves = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            Reports.TryMoveAsync("milano", "ABC234", CivicReportStatus.Received, CivicReportStatus.SentToOffice, $"nota {i}", Noon.AddHours(1)))));

        Assert.Equal(1, moves.Count(m => m));
        var moved = (await Reports.GetAsync("milano", "ABC234"))!;
        Assert.Equal(CivicReportStatus.SentToOffice, moved.Status);
        Assert.Equal(Noon.AddHours(1), moved.UpdatedAt);
        Assert.Null(moved.ClosedAt);
        Assert.StartsWith("nota ", moved.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryMoveAsync_Closing_SetsClosedAt_AndKeepsTheNoteWhenNoneIsGiven()
    {
        await Reports.TryInsertAsync(NewReport("ABC234"), null);
        await Reports.TryMoveAsync("milano", "ABC234", CivicReportStatus.Received, CivicReportStatus.SentToOffice, "Inoltrata ai lavori pubblici", Noon.AddHours(1));

        Assert.False(await Reports.TryMoveAsync("milano", "ABC234", CivicReportStatus.Received, CivicReportStatus.Closed, null, Noon.AddHours(2)));
        Assert.True(await Reports.TryMoveAsync("milano", "ABC234", CivicReportStatus.SentToOffice, CivicReportStatus.Closed, null, Noon.AddHours(2)));

        var closed = (await Reports.GetAsync("milano", "ABC234"))!;
        Assert.Equal((CivicReportStatus.Closed, Noon.AddHours(2)), (closed.Status, closed.ClosedAt!.Value));
        Assert.Equal("Inoltrata ai lavori pubblici", closed.Note);
        Assert.False(await Reports.TryMoveAsync("cremona", "ABC234", CivicReportStatus.Closed, CivicReportStatus.Closed, null, Noon));
    }

    [Fact]
    public async Task PurgeClosedAsync_DeletesOnlyReportsClosedBeforeTheDate_WithTheirPhotos()
    {
        await Reports.TryInsertAsync(NewReport("OLD222"), new CivicPhoto("image/jpeg", Jpeg));
        await Reports.TryInsertAsync(NewReport("NEW333"), new CivicPhoto("image/jpeg", Jpeg));
        await Reports.TryInsertAsync(NewReport("OPN444"), new CivicPhoto("image/jpeg", Jpeg));
        await Reports.TryMoveAsync("milano", "OLD222", CivicReportStatus.Received, CivicReportStatus.Closed, null, Noon.AddDays(1));
        await Reports.TryMoveAsync("milano", "NEW333", CivicReportStatus.Received, CivicReportStatus.Closed, null, Noon.AddDays(10));

        Assert.Equal(1, await Reports.PurgeClosedAsync(Noon.AddDays(5)));
        Assert.Equal(0, await Reports.PurgeClosedAsync(Noon.AddDays(5)));

        Assert.Null(await Reports.GetAsync("milano", "OLD222"));
        Assert.Null(await Reports.GetPhotoAsync("milano", "OLD222"));
        Assert.NotNull(await Reports.GetPhotoAsync("milano", "NEW333"));
        Assert.NotNull(await Reports.GetPhotoAsync("milano", "OPN444"));
    }

    [Fact]
    public async Task CitizenErasure_RemovesTheirReportsAndPhotos_AndNobodyElses()
    {
        await Citizens.UpsertAsync(Citizen("milano:telegram:1"));
        await Reports.TryInsertAsync(NewReport("ANN222"), new CivicPhoto("image/jpeg", Jpeg));
        await Reports.TryInsertAsync(NewReport("BOB333", citizen: "milano:telegram:2"), new CivicPhoto("image/jpeg", Jpeg));

        await Citizens.EraseAsync("milano:telegram:1");

        Assert.Null(await Reports.GetAsync("milano", "ANN222"));
        Assert.Null(await Reports.GetPhotoAsync("milano", "ANN222"));
        Assert.NotNull(await Reports.GetAsync("milano", "BOB333"));
        Assert.NotNull(await Reports.GetPhotoAsync("milano", "BOB333"));
    }
}
