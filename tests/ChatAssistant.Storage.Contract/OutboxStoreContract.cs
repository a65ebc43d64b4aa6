using ChatAssistant.Core.Outbox;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract;

/// <summary>The durable outbox: order, priorities, one message per chat at a time, leases, idempotence.</summary>
public abstract class OutboxStoreContract : StoreContract
{
    private static readonly DateTimeOffset Lease = Noon.AddSeconds(30);

    [Fact]
    public async Task ClaimDueAsync_MixedPriorities_RepliesThenRemindersThenAnnouncementsOldestFirst()
    {
        await Outbox.EnqueueAsync([
            OutboxMessage("news", "chat1", OutboxPriority.Announcement, Noon.AddSeconds(-30)),
            OutboxMessage("reminder", "chat2", OutboxPriority.Reminder, Noon.AddSeconds(-20)),
            OutboxMessage("reply-new", "chat3", OutboxPriority.Reply, Noon.AddSeconds(-5)),
            OutboxMessage("reply-old", "chat4", OutboxPriority.Reply, Noon.AddSeconds(-10)),
        ]);

        var claimed = await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);

        Assert.Equal(["reply-old", "reply-new", "reminder", "news"], claimed.Select(m => m.Id));
        Assert.All(claimed, m => Assert.Equal(OutboxStatus.Sending, m.Status));
    }

    [Fact]
    public async Task ClaimDueAsync_ThreeMessagesForOneChat_HandsThemOutOneAtATimeInOrder()
    {
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat"), OutboxMessage("m2", "chat"), OutboxMessage("m3", "chat"), OutboxMessage("other", "chat2")]);
        var order = new List<string>();

        for (var round = 0; round < 3; round++)
        {
            var claimed = await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);
            order.AddRange(claimed.Where(m => m.ChatId == "chat").Select(m => m.Id));
            Assert.Single(claimed, m => m.ChatId == "chat");
            foreach (var message in claimed)
            {
                await Outbox.MarkSentAsync(message.Id);
            }
        }

        Assert.Equal(["m1", "m2", "m3"], order);
    }

    [Fact]
    public async Task ClaimDueAsync_MessageOfAChatBeingSent_BlocksThatChatUntilSent()
    {
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat"), OutboxMessage("m2", "chat")]);
        await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);

        Assert.Empty(await Outbox.ClaimDueAsync("milano", Noon.AddSeconds(1), 10, Lease));
        await Outbox.MarkSentAsync("m1");
        Assert.Equal(["m2"], (await Outbox.ClaimDueAsync("milano", Noon.AddSeconds(2), 10, Lease)).Select(m => m.Id));
    }

    [Fact]
    public async Task RecordSentPartsAsync_ThenRescheduled_NextClaimKnowsWhichPartsLeft()
    {
        await Outbox.EnqueueAsync([OutboxMessage("long", "chat")]);
        await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);

        await Outbox.RecordSentPartsAsync("long", 2);
        await Outbox.RescheduleAsync("long", Noon.AddSeconds(5), "502 on part 3");
        await ReopenAsync();
        var again = Assert.Single(await Outbox.ClaimDueAsync("milano", Noon.AddSeconds(5), 10, Lease));

        Assert.Equal(2, again.SentParts);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task ClaimDueAsync_NotYetDueOrOtherBot_IsNotClaimed()
    {
        await Outbox.EnqueueAsync([
            OutboxMessage("later", "chat1", notBefore: Noon.AddMinutes(5)),
            OutboxMessage("cremona", "chat2", bot: "cremona"),
        ]);

        Assert.Empty(await Outbox.ClaimDueAsync("milano", Noon, 10, Lease));
        Assert.Equal(["later"], (await Outbox.ClaimDueAsync("milano", Noon.AddMinutes(5), 10, Lease)).Select(m => m.Id));
    }

    [Fact]
    public async Task ClaimDueAsync_LeaseExpiredWithoutAnswer_ClaimsTheMessageAgain()
    {
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat")]);
        await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);

        Assert.Empty(await Outbox.ClaimDueAsync("milano", Lease.AddSeconds(-1), 10, Lease.AddSeconds(30)));
        var again = Assert.Single(await Outbox.ClaimDueAsync("milano", Lease, 10, Lease.AddSeconds(30)));
        Assert.Equal("m1", again.Id);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task ClaimDueAsync_Max_LimitsTheClaim()
    {
        await Outbox.EnqueueAsync(Enumerable.Range(0, 5).Select(i => OutboxMessage($"m{i}", $"chat{i}")).ToList());

        Assert.Equal(2, (await Outbox.ClaimDueAsync("milano", Noon, 2, Lease)).Count);
        Assert.Equal(3, (await Outbox.ClaimDueAsync("milano", Noon, 10, Lease)).Count);
    }

    [Fact]
    public async Task EnqueueAsync_SameIdTwice_IsStoredOnce()
    {
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat")]);
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat"), OutboxMessage("m1", "chat")]);

        Assert.Equal(1, (await Outbox.CountAsync("milano")).Pending);
    }

    [Fact]
    public async Task EnqueueAsync_MessageAlreadySent_IsNotSentAgain()
    {
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat")]);
        await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);
        await Outbox.MarkSentAsync("m1");

        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat")]);

        Assert.Empty(await Outbox.ClaimDueAsync("milano", Noon.AddHours(1), 10, Lease.AddHours(1)));
    }

    [Fact]
    public async Task RescheduleAsync_RetryAfter_WaitsAndKeepsTheChatsOrder()
    {
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat"), OutboxMessage("m2", "chat")]);
        await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);

        await Outbox.RescheduleAsync("m1", Noon.AddSeconds(10), "429 retry_after 10");

        Assert.Empty(await Outbox.ClaimDueAsync("milano", Noon.AddSeconds(5), 10, Lease));
        var retried = Assert.Single(await Outbox.ClaimDueAsync("milano", Noon.AddSeconds(10), 10, Lease));
        Assert.Equal("m1", retried.Id);
        Assert.Equal("429 retry_after 10", retried.LastError);
    }

    [Fact]
    public async Task CountAsync_AfterSentAndFailed_CountsEachStatus()
    {
        await Outbox.EnqueueAsync(Enumerable.Range(0, 5).Select(i => OutboxMessage($"m{i}", $"chat{i}")).ToList());
        await Outbox.ClaimDueAsync("milano", Noon, 3, Lease);
        await Outbox.MarkSentAsync("m0");
        await Outbox.MarkFailedAsync("m1", "403 blocked by the user");
        await Outbox.MarkSentAsync("unknown-id");

        Assert.Equal(new Core.Storage.OutboxCounts(Pending: 2, Sending: 1, Sent: 1, Failed: 1), await Outbox.CountAsync("milano"));
        Assert.Equal(new Core.Storage.OutboxCounts(0, 0, 0, 0), await Outbox.CountAsync("cremona"));
    }

    [Fact]
    public async Task MarkFailedAsync_Message_IsNeverClaimedAgain()
    {
        await Outbox.EnqueueAsync([OutboxMessage("m1", "chat"), OutboxMessage("m2", "chat")]);
        await Outbox.ClaimDueAsync("milano", Noon, 10, Lease);
        await Outbox.MarkFailedAsync("m1", "400 bad request");

        var next = await Outbox.ClaimDueAsync("milano", Lease.AddMinutes(1), 10, Lease.AddMinutes(2));

        Assert.Equal(["m2"], next.Select(m => m.Id));
    }

    [Fact]
    public async Task CommitTurnAsync_WithReplies_EnqueuesThemWithTheTurn()
    {
        var turn = Turn(NewState("chat"), "ciao", outbox: [OutboxMessage("r1", "chat"), OutboxMessage("r2", "chat")]);

        await Conversations.CommitTurnAsync(turn);
        await ReopenAsync();

        Assert.Equal(2, (await Outbox.CountAsync("milano")).Pending);
        Assert.Equal(["r1"], (await Outbox.ClaimDueAsync("milano", Noon, 10, Lease)).Select(m => m.Id));
    }
}
