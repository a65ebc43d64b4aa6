using ChatAssistant.Core.Leases;
using ChatAssistant.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Core.Tests.Leases;

/// <summary>Two hosts share one store: the bot's work runs on one of them at a time, and moves when that one stops or dies.</summary>
public sealed class LeasedWorkTests
{
    private readonly InMemoryStore _store = new();

    private LeasedWork Host(string name) =>
        new(_store, TimeProvider.System, Options.Create(new LeaseOptions { DurationSeconds = 3, HostName = name }), NullLogger<LeasedWork>.Instance);

    [Fact]
    public async Task RunAsync_TwoHosts_OnlyOneRunsTheWorkAndTheOtherTakesOverWhenItStops()
    {
        var running = new List<string>();
        using var stopA = new CancellationTokenSource();
        using var stopB = new CancellationTokenSource();
        Func<CancellationToken, Task> Work(string host) => async held =>
        {
            lock (running)
            {
                running.Add(host);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, held);
            }
            finally
            {
                lock (running)
                {
                    running.Remove(host);
                }
            }
        };

        var a = Host("a").RunAsync("telegram-outbox:milano", Work("a"), stopA.Token);
        await WaitUntilAsync(() => Snapshot(running).SequenceEqual(["a"]));
        var b = Host("b").RunAsync("telegram-outbox:milano", Work("b"), stopB.Token);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(["a"], Snapshot(running));

        // Host a stops cleanly: it releases the lease and b starts without waiting for it to expire.
        await stopA.CancelAsync();
        await a;
        await WaitUntilAsync(() => Snapshot(running).SequenceEqual(["b"]), TimeSpan.FromSeconds(3));

        await stopB.CancelAsync();
        await b;
        Assert.Empty(Snapshot(running));
    }

    [Fact]
    public async Task RunAsync_HolderDiesWithoutReleasing_AnotherHostTakesOverOnceTheLeaseExpires()
    {
        // A dead host renews nothing and releases nothing: its lease simply stays in the store until it expires.
        var now = TimeProvider.System.GetUtcNow();
        Assert.True(await _store.TryAcquireAsync("telegram-polling:milano", "dead-host", now, now.AddSeconds(3)));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var survivor = Host("b").RunAsync("telegram-polling:milano", held =>
        {
            started.TrySetResult();
            return Task.Delay(Timeout.Infinite, held);
        }, stop.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6));
        await stop.CancelAsync();
        await survivor;
    }

    private static List<string> Snapshot(List<string> running)
    {
        lock (running)
        {
            return [.. running];
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (within ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "the condition was not met in time");
            await Task.Delay(50);
        }
    }
}
