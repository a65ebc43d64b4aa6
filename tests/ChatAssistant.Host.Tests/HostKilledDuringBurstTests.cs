using System.Diagnostics;
using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>LiteDB, one host: the process dies (SIGKILL) while citizens are writing; what it acknowledged is kept.</summary>
public sealed class HostKilledDuringBurstTests
{
    private const int Citizens = 8;
    private const int TurnsEach = 12;

    [Fact]
    public async Task Post_HostKilledDuringABurst_EveryAcknowledgedTurnIsThereAfterRestart()
    {
        await using var first = await HostProcess.StartAsync();
        var citizens = new List<DirectLineClient>();
        for (var i = 0; i < Citizens; i++)
        {
            var citizen = new DirectLineClient(first.Client);
            await citizen.StartAsync();
            citizens.Add(citizen);
        }

        var acknowledged = citizens.Select(_ => new List<string>()).ToList();
        using var stop = new CancellationTokenSource();
        var bursts = citizens.Select((c, i) => BurstAsync(c, i, acknowledged[i], stop.Token)).ToList();
        await WaitUntilAsync(() => acknowledged.Sum(Count) >= Citizens * TurnsEach / 2);
        await first.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(bursts);

        await using var second = await HostProcess.StartAsync(first.DataDirectory);
        var total = 0;
        for (var i = 0; i < Citizens; i++)
        {
            var (transcript, _) = await citizens[i].Reconnect(second.Client).ReadTranscriptAsync();
            var stored = transcript.Where(a => a["type"]?.GetValue<string>() == "message" && a["from"]?["role"]?.GetValue<string>() != "bot").Select(a => a["text"]?.GetValue<string>()).ToList();
            var acked = Snapshot(acknowledged[i]);
            total += acked.Count;
            // Every acknowledged turn, in the order sent; at most the one in flight at the kill besides.
            Assert.Equal(acked, stored.Take(acked.Count));
            Assert.InRange(stored.Count, acked.Count, acked.Count + 1);
        }

        Assert.True(total < Citizens * TurnsEach, "the burst ended before the kill: nothing was in flight");
    }

    /// <summary>One citizen writing as fast as the host answers; a turn counts once its POST answered 200.</summary>
    private static async Task BurstAsync(DirectLineClient citizen, int who, List<string> acknowledged, CancellationToken stop)
    {
        for (var n = 0; n < TurnsEach && !stop.IsCancellationRequested; n++)
        {
            var text = $"messaggio {n} del cittadino {who}";
            try
            {
                using var response = await citizen.PostAsync(text);
                if (!response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                return; // the host died under this request: not acknowledged
            }

            lock (acknowledged)
            {
                acknowledged.Add(text);
            }
        }
    }

    private static int Count(List<string> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var limit = Stopwatch.StartNew();
        while (!condition() && limit.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(5);
        }
    }
}
