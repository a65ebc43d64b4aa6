using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract;

/// <summary>Issue 18, point 5: the retention purge deletes what is older than each period, nothing else, and is idempotent.</summary>
public abstract class RetentionStoreContract : StoreContract
{
    [Fact]
    public async Task PurgeAsync_OldAndNewData_DeletesOnlyWhatIsPastItsPeriodAndTwiceChangesNothingMore()
    {
        var key = Key("chat");
        await Conversations.AppendTranscriptAsync(key, [At(Message("chat", "old"), Noon.AddDays(-100))]);
        await Conversations.AppendTranscriptAsync(key, [At(Message("chat", "recent"), Noon.AddDays(-1))]);
        await Outbox.EnqueueAsync([
            OutboxMessage("sent-old", "a", createdAt: Noon.AddDays(-10)), OutboxMessage("failed-old", "b", createdAt: Noon.AddDays(-10)),
            OutboxMessage("pending-old", "c", createdAt: Noon.AddDays(-10)), OutboxMessage("sent-new", "d", createdAt: Noon.AddDays(-1)),
        ]);
        await Outbox.ClaimDueAsync("milano", Noon, 10, Noon.AddSeconds(30));
        await Outbox.MarkSentAsync("sent-old");
        await Outbox.MarkFailedAsync("failed-old", "403");
        await Outbox.MarkSentAsync("sent-new");
        await Outbox.RescheduleAsync("pending-old", Noon, "502");

        var first = await Retention.PurgeAsync(Noon.AddDays(-90), Noon.AddDays(-7), Noon.AddDays(-90));
        var again = await Retention.PurgeAsync(Noon.AddDays(-90), Noon.AddDays(-7), Noon.AddDays(-90));

        Assert.Equal((1L, 2L), (first.TranscriptEntries, first.OutboxMessages));
        Assert.Equal((0L, 0L), (again.TranscriptEntries, again.OutboxMessages));
        Assert.Equal(["recent"], await TextsAsync(Conversations, key));
        var counts = await Outbox.CountAsync("milano");
        Assert.Equal((1, 1, 0), (counts.Pending, counts.Sent, counts.Failed));
        var appended = await Conversations.AppendTranscriptAsync(key, [At(Message("chat", "next"), Noon)]);
        Assert.Equal(3, appended[0].Sequence);
    }

    private static Activity At(Activity activity, DateTimeOffset timestamp)
    {
        activity.Timestamp = timestamp;
        return activity;
    }
}
