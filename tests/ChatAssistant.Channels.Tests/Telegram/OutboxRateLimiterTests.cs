using ChatAssistant.Channels.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace ChatAssistant.Channels.Tests.Telegram;

public sealed class OutboxRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_UnderHeavyLoad_NeverExceeds30InAnyOneSecondWindowNor1PerSecondPerChat()
    {
        var limiter = new OutboxRateLimiter(_clock, 30, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var granted = new List<(DateTimeOffset At, string Chat)>();
        var start = _clock.GetUtcNow();

        // 20 seconds of 1 ms steps; at every step 200 chats (some repeating) ask to send.
        for (var ms = 0; ms < 20_000; ms++)
        {
            for (var chat = 0; chat < 200; chat++)
            {
                var id = $"chat-{(chat + ms) % 150}";
                if (limiter.TryAcquire(id, out var slot) == TimeSpan.Zero)
                {
                    granted.Add((_clock.GetUtcNow(), id));
                    slot!.Dispose();
                }
            }

            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        for (int i = 0, j = 0; i < granted.Count; i++)
        {
            while (granted[i].At - granted[j].At >= TimeSpan.FromSeconds(1))
            {
                j++;
            }

            Assert.True(i - j + 1 <= 30, $"{i - j + 1} sends within one second at {granted[i].At - start}");
        }

        foreach (var chat in granted.GroupBy(g => g.Chat))
        {
            var times = chat.Select(g => g.At).ToList();
            Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1)));
        }

        // And the budget is used: about 30 a second, not a trickle.
        Assert.True(granted.Count >= 30 * 19, $"only {granted.Count} sends in 20 s");
    }

    [Fact]
    public void PauseUntil_After429_StopsEveryChatUntilThen()
    {
        var limiter = new OutboxRateLimiter(_clock, 30, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        limiter.PauseUntil(_clock.GetUtcNow().AddSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), limiter.TryAcquire("a", out _));
        _clock.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("a", out _));
    }

    [Fact]
    public async Task AcquireAsync_AnnouncementAndReplyWaitForTheSameSlot_TheReplyTakesIt()
    {
        var limiter = new OutboxRateLimiter(_clock, 1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        limiter.TryAcquire("earlier", out var first);
        first!.Dispose();
        var announcement = limiter.AcquireAsync("citizen-a", CancellationToken.None, urgent: false);
        var reply = limiter.AcquireAsync("citizen-b", CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAny(reply, Task.Delay(TimeSpan.FromSeconds(5), TimeProvider.System));

        Assert.True(reply.IsCompletedSuccessfully, "the reply did not get the freed slot");
        Assert.False(announcement.IsCompleted, "the announcement took the slot a reply was waiting for");
    }

    [Fact]
    public void TryAcquire_SameChatTwice_WaitsTheRestOfTheSecond()
    {
        var limiter = new OutboxRateLimiter(_clock, 30, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        limiter.TryAcquire("a", out var slot);
        slot!.Dispose();
        _clock.Advance(TimeSpan.FromMilliseconds(300));

        Assert.Equal(TimeSpan.FromMilliseconds(700), limiter.TryAcquire("a", out _));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("b", out _));
    }

    [Fact]
    public void TryAcquire_SendsStillOnTheWay_KeepCountingUntilAWindowAfterTheyComplete()
    {
        var limiter = new OutboxRateLimiter(_clock, 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        limiter.TryAcquire("a", out var slow);
        limiter.TryAcquire("b", out var fast);
        fast!.Dispose();
        _clock.Advance(TimeSpan.FromSeconds(3));

        // The slow request completes only now: it might have reached Telegram just now, so it counts for another second.
        slow!.Dispose();
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("c", out _));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire("d", out _));
    }
}
