using ChatAssistant.Core.Pipeline;

namespace ChatAssistant.Core.Tests.Pipeline;

public class KeyedLockTests
{
    [Fact]
    public async Task AcquireAsync_DifferentKeys_DoNotWaitForEachOther()
    {
        var locks = new KeyedLock();
        using var a = await locks.AcquireAsync("a", CancellationToken.None);

        var b = locks.AcquireAsync("b", CancellationToken.None);

        Assert.True(b.IsCompletedSuccessfully);
        (await b).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_SameKey_WaitsUntilReleased()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("a", CancellationToken.None);

        var second = locks.AcquireAsync("a", CancellationToken.None);
        Assert.False(second.IsCompleted);
        first.Dispose();

        (await second).Dispose();
    }
}
