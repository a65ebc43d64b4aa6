using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Announcements.Subscriptions;

namespace ChatAssistant.Storage.Contract.Announcements;

/// <summary>Subscriptions with their consent, announcements whose status one writer changes, recipients whose copy moves forward once (issue 16).</summary>
public abstract class AnnouncementStoreContract : StoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private IAnnouncementStore Store => AnnouncementsOf(Stores);

    protected abstract IAnnouncementStore AnnouncementsOf(StoreSet stores);

    [Fact]
    public async Task Subscriptions_SubscribeListStopOneStopAll_AsTheCitizenAsked()
    {
        Assert.True(await Store.SubscribeAsync(Sub("anna", "municipio-9")));
        Assert.False(await Store.SubscribeAsync(Sub("anna", "municipio-9") with { ConsentAt = Now.AddHours(1) }));
        Assert.True(await Store.SubscribeAsync(Sub("anna", "municipio-2")));
        Assert.True(await Store.SubscribeAsync(Sub("bruno", "municipio-9")));

        var mine = await Store.ListSubscriptionsAsync("milano", "anna");
        Assert.Equal(["municipio-2", "municipio-9"], mine.Select(s => s.NeighbourhoodId));
        Assert.Equal(Now.AddHours(1), mine[1].ConsentAt);
        Assert.Equal(["anna", "bruno"], (await Store.ListSubscribersAsync("milano", ["municipio-9"])).Select(s => s.CitizenId).Order());

        Assert.True(await Store.UnsubscribeAsync("milano", "anna", "municipio-2"));
        Assert.False(await Store.UnsubscribeAsync("milano", "anna", "municipio-2"));
        Assert.Equal(1, await Store.UnsubscribeAllAsync("milano", "anna"));
        Assert.Empty(await Store.ListSubscriptionsAsync("milano", "anna"));
        Assert.Single(await Store.ListSubscribersAsync("milano", ["municipio-9", "municipio-2"]));
    }

    [Fact]
    public async Task TryUpdateAsync_TenWritersStartOneAnnouncement_ExactlyOneWins()
    {
        await Store.AddAsync(NewAnnouncement("a1", AnnouncementStatus.Scheduled));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Store.TryUpdateAsync("milano", "a1", [AnnouncementStatus.Scheduled], a => a with { Status = AnnouncementStatus.Sending })));

        Assert.Single(results, r => r is not null);
        Assert.Equal(AnnouncementStatus.Sending, (await Store.GetAsync("milano", "a1"))!.Status);
        Assert.Single(await Store.ListByStatusAsync(AnnouncementStatus.Sending));
        Assert.Null(await Store.GetAsync("cremona", "a1"));
    }

    [Fact]
    public async Task Announcement_ImageAndFields_SurviveARestart_ListLeavesTheImageOut()
    {
        await Store.AddAsync(NewAnnouncement("a2", AnnouncementStatus.Sending) with { Image = [1, 2, 3], ImageType = "image/png", Link = "https://www.comune.milano.it/" });
        await ReopenAsync();

        var read = await Store.GetAsync("milano", "a2");
        Assert.Equal([1, 2, 3], read!.Image);
        Assert.Equal(["municipio-9"], read.NeighbourhoodIds);
        Assert.Equal("https://www.comune.milano.it/", read.Link);
        Assert.Null(Assert.Single(await Store.ListAsync("milano", 10)).Image);
    }

    [Fact]
    public async Task Recipients_AddedTwice_CountedOnce_StatusMovesForwardOnce()
    {
        await Store.AddRecipientsAsync([Recipient("anna"), Recipient("bruno"), Recipient("carla")]);
        await Store.AddRecipientsAsync([Recipient("anna") with { Status = RecipientStatus.Sent }]);

        Assert.Equal(new DeliveryCounts(3, 0, 0, 0, 0), await Store.CountAsync("a3"));
        var wins = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            Store.TryUpdateRecipientAsync("a3", "anna", [RecipientStatus.Pending], RecipientStatus.Queued, null, null, Now)));
        Assert.Single(wins, w => w);

        Assert.True(await Store.TryUpdateRecipientAsync("a3", "anna", [RecipientStatus.Queued], RecipientStatus.Sent, [101, 102], null, Now));
        Assert.True(await Store.TryUpdateRecipientAsync("a3", "bruno", [RecipientStatus.Pending], RecipientStatus.Unreachable, null, "403", Now));
        Assert.False(await Store.TryUpdateRecipientAsync("a3", "bruno", [RecipientStatus.Pending, RecipientStatus.Queued], RecipientStatus.Sent, null, null, Now));

        Assert.Equal(new DeliveryCounts(3, 1, 0, 1, 0), await Store.CountAsync("a3"));
        var sent = Assert.Single(await Store.ListRecipientsAsync("a3", RecipientStatus.Sent, 10));
        Assert.Equal([101L, 102L], sent.MessageIds);
        Assert.Equal(["carla"], (await Store.ListRecipientsAsync("a3", RecipientStatus.Pending, 10)).Select(r => r.CitizenId));
        Assert.Equal("403", (await Store.ListRecipientsAsync("a3", RecipientStatus.Unreachable, 10))[0].Error);
    }

    [Fact]
    public async Task EraseCitizen_TheirSubscriptionsAndCopiesGo_OthersStay()
    {
        await Store.SubscribeAsync(Sub("milano:telegram:1", "municipio-9"));
        await Store.SubscribeAsync(Sub("milano:telegram:2", "municipio-9"));
        await Store.AddRecipientsAsync([Recipient("milano:telegram:1"), Recipient("milano:telegram:2")]);

        await Citizens.EraseAsync("milano:telegram:1");

        Assert.Empty(await Store.ListSubscriptionsAsync("milano", "milano:telegram:1"));
        Assert.Equal(["milano:telegram:2"], (await Store.ListRecipientsAsync("a3", null, 10)).Select(r => r.CitizenId));
        Assert.Single(await Store.ListSubscribersAsync("milano", ["municipio-9"]));
    }

    private static Subscription Sub(string citizen, string neighbourhood) => new()
    {
        TenantId = "milano", CitizenId = citizen, NeighbourhoodId = neighbourhood, ChannelId = "telegram", ChatId = citizen, ConsentAt = Now,
    };

    private static Recipient Recipient(string citizen) => new()
    {
        AnnouncementId = "a3", CitizenId = citizen, ChannelId = "telegram", ChatId = citizen, UpdatedAt = Now,
    };

    private static Announcement NewAnnouncement(string id, AnnouncementStatus status) => new()
    {
        Id = id, TenantId = "milano", NeighbourhoodIds = ["municipio-9"], Title = "Festa", Text = "Sabato in piazza.", Status = status,
        SendAt = Now, CreatedBy = "comitato", CreatedAt = Now,
    };
}
