using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Tests.Support;
using ChatAssistant.Core.Outbox;

namespace ChatAssistant.Announcements.Tests.Delivery;

/// <summary>From the store to the channels: scheduled at its time, one copy per citizen, web chat news, blocked citizens unsubscribed.</summary>
public class DeliveryTests
{
    [Fact]
    public async Task Scheduled_GoesAtItsTimeNotBefore_ToEachSubscriberOnce()
    {
        using var world = new AnnouncementWorld();
        await world.SubscribeAsync("101", "municipio-9");
        await world.SubscribeAsync("102", "municipio-9");
        await world.SubscribeAsync("102", "municipio-2");
        await world.SubscribeAsync("103", "municipio-2");
        var at = world.Clock.GetUtcNow().AddHours(2);
        var created = (await world.Service.CreateAsync(AnnouncementWorld.Coordinator, new AnnouncementDraft(["municipio-9", "municipio-2"], "Festa", "Sabato.", SendAt: at))).Announcement!;
        Assert.Equal(AnnouncementStatus.Scheduled, created.Status);
        Assert.Equal(at, Assert.Single(world.Scheduler.Scheduled).SendAt);

        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.Job.RunAsync("milano", created.Id);
        Assert.Equal(AnnouncementStatus.Scheduled, (await world.Announcements.GetAsync("milano", created.Id))!.Status);

        world.Clock.Advance(TimeSpan.FromHours(1));
        await world.Job.RunAsync("milano", created.Id);
        await world.Job.RunAsync("milano", created.Id);
        var sending = (await world.Announcements.GetAsync("milano", created.Id))!;
        Assert.Equal(AnnouncementStatus.Sending, sending.Status);
        Assert.False(await world.Delivery.RunAsync(sending, CancellationToken.None));
        Assert.False(await world.Delivery.RunAsync(sending, CancellationToken.None));

        var claimed = await world.Store.ClaimDueAsync("milano", world.Clock.GetUtcNow(), 100, world.Clock.GetUtcNow().AddMinutes(1));
        Assert.Equal(["101", "102", "103"], claimed.Select(m => m.ChatId).Order());
        Assert.All(claimed, m => Assert.Equal(OutboxPriority.Announcement, m.Priority));
        Assert.Equal(3, (await world.Announcements.CountAsync(created.Id)).Total);
    }

    [Fact]
    public async Task SentAndBlocked_AreRecorded_TheBlockedCitizenIsUnsubscribed_ThenItFinishes()
    {
        using var world = new AnnouncementWorld();
        await world.SubscribeAsync("201", "municipio-9");
        await world.SubscribeAsync("202", "municipio-9");
        await world.SubscribeAsync("202", "municipio-3");
        var created = (await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft())).Announcement!;
        await world.Delivery.RunAsync(created, CancellationToken.None);
        var claimed = await world.Store.ClaimDueAsync("milano", world.Clock.GetUtcNow(), 100, world.Clock.GetUtcNow().AddMinutes(1));

        await world.Store.MarkSentAsync(claimed.Single(m => m.ChatId == "201").Id);
        await world.Observer.OnSentAsync(claimed.Single(m => m.ChatId == "201"), [4242]);
        await world.Store.MarkFailedAsync(claimed.Single(m => m.ChatId == "202").Id, "403");
        await world.Observer.OnFailedAsync(claimed.Single(m => m.ChatId == "202"), unreachable: true, "403: blocked");

        Assert.Equal(new DeliveryCounts(2, 1, 0, 1, 0), await world.Announcements.CountAsync(created.Id));
        Assert.Empty(await world.Announcements.ListSubscriptionsAsync("milano", "milano:telegram:202"));
        Assert.True(await world.Delivery.RunAsync(created, CancellationToken.None));
        Assert.Equal(AnnouncementStatus.Sent, (await world.Announcements.GetAsync("milano", created.Id))!.Status);
        Assert.Equal([4242L], (await world.Announcements.ListRecipientsAsync(created.Id, RecipientStatus.Sent, 10))[0].MessageIds);
    }

    [Fact]
    public async Task WebChatSubscriber_FindsItInTheConversation_AsNewsFromTheNeighbourhood()
    {
        using var world = new AnnouncementWorld();
        await world.SubscribeAsync("conv-1", "municipio-9", channel: "directline");
        var created = (await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft())).Announcement!;

        Assert.True(await world.Delivery.RunAsync(created, CancellationToken.None));

        var entry = Assert.Single(await world.Store.ReadTranscriptAsync("directline:conv-1", 0, 10));
        Assert.StartsWith("📰 Novità dal tuo quartiere", ChatAssistant.Core.Activities.ActivityJson.Deserialize(entry.ActivityJson).Text, StringComparison.Ordinal);
        Assert.Equal(new DeliveryCounts(1, 1, 0, 0, 0), await world.Announcements.CountAsync(created.Id));
    }

    [Fact]
    public async Task RepeatedPass_AfterACrashBetweenOutboxAndRecord_EnqueuesNothingTwice()
    {
        using var world = new AnnouncementWorld();
        await world.SubscribeAsync("301", "municipio-9");
        var created = (await world.Service.CreateAsync(AnnouncementWorld.Coordinator, AnnouncementWorld.Draft())).Announcement!;
        await world.Delivery.RunAsync(created, CancellationToken.None);
        // As if the process died after the enqueue and before the recipient's record: the record goes back to pending.
        await world.Announcements.TryUpdateRecipientAsync(created.Id, "milano:telegram:301", [RecipientStatus.Queued], RecipientStatus.Pending, null, null, world.Clock.GetUtcNow());

        await world.Delivery.RunAsync(created, CancellationToken.None);

        Assert.Equal(1, (await world.Store.CountAsync("milano")).Pending);
    }
}
