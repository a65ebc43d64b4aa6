using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract;

/// <summary>Leases: one holder at a time, renewal by the holder, takeover after expiry or release; and shared secrets made once.</summary>
public abstract class LeaseStoreContract : StoreContract
{
    private static readonly DateTimeOffset Later = Noon.AddSeconds(15);

    [Fact]
    public async Task TryAcquireAsync_FreeLease_IsTakenAndRefusedToAnotherHolderUntilItExpires()
    {
        Assert.True(await Leases.TryAcquireAsync("telegram-outbox:milano", "host-a", Noon, Later));

        Assert.False(await Leases.TryAcquireAsync("telegram-outbox:milano", "host-b", Noon.AddSeconds(14), Later.AddSeconds(14)));
        Assert.True(await Leases.TryAcquireAsync("telegram-outbox:cremona", "host-b", Noon, Later));
        Assert.True(await Leases.TryAcquireAsync("telegram-outbox:milano", "host-b", Later.AddSeconds(1), Later.AddSeconds(16)));
        Assert.False(await Leases.TryAcquireAsync("telegram-outbox:milano", "host-a", Later.AddSeconds(2), Later.AddSeconds(17)));
    }

    [Fact]
    public async Task TryAcquireAsync_HolderRenews_KeepsTheLeaseBeyondItsFirstExpiry()
    {
        await Leases.TryAcquireAsync("l", "host-a", Noon, Later);

        Assert.True(await Leases.TryAcquireAsync("l", "host-a", Noon.AddSeconds(5), Later.AddSeconds(5)));

        Assert.False(await Leases.TryAcquireAsync("l", "host-b", Later.AddSeconds(1), Later.AddSeconds(16)));
    }

    [Fact]
    public async Task ReleaseAsync_ByTheHolder_FreesTheLeaseAtOnce_ByAnotherChangesNothing()
    {
        await Leases.TryAcquireAsync("l", "host-a", Noon, Later);

        await Leases.ReleaseAsync("l", "host-b");
        Assert.False(await Leases.TryAcquireAsync("l", "host-b", Noon, Later));

        await Leases.ReleaseAsync("l", "host-a");
        Assert.True(await Leases.TryAcquireAsync("l", "host-b", Noon, Later));
    }

    [Fact]
    public async Task TryAcquireAsync_ManyHoldersAtOnce_ExactlyOneWins()
    {
        var attempts = Enumerable.Range(0, 12).Select(i => Leases.TryAcquireAsync("race", $"host-{i}", Noon, Later));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task GetOrCreateAsync_AskedTwiceAndAfterReopening_CreatesOnceAndKeepsIt()
    {
        var created = 0;
        string Create()
        {
            created++;
            return "secret-" + created;
        }

        var first = await Secrets.GetOrCreateAsync("directline-signing-key", Create);
        var second = await Secrets.GetOrCreateAsync("directline-signing-key", Create);
        await ReopenAsync();
        var afterRestart = await Secrets.GetOrCreateAsync("directline-signing-key", Create);

        Assert.Equal("secret-1", first);
        Assert.Equal(first, second);
        Assert.Equal(first, afterRestart);
        Assert.Equal(1, created);
    }
}
