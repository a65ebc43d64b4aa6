using System.Diagnostics;
using System.Globalization;
using ChatAssistant.Host.Tests.Support;
using Xunit.Abstractions;

namespace ChatAssistant.Host.Tests.SeveralHosts;

/// <summary>
/// Two host processes serve one Telegram bot from one PostgreSQL database; the one sending its outbox dies (SIGKILL)
/// while citizens' replies are still queued (30 messages a second per bot, one a second per chat).
/// </summary>
public sealed class TelegramTakeoverTests(ITestOutputHelper output)
{
    private const int Chats = 80;
    private const string OutboxLease = "telegram-outbox:milano";
    private static readonly string[] Questions = ["ciao", "come pago la tari?"];

    [Fact]
    public async Task Outbox_SenderKilled_OtherHostSendsTheRestNoneLost()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        await using var database = await PostgresSchema.CreateAsync();
        var token = $"{Random.Shared.Next(100_000, 999_999)}:TAKEOVER";
        var starting = new[] { "host-a", "host-b" }.Select(name => HostProcess.StartAsync(environment: Environment(database, name, token, emulator))).ToList();
        await using var a = await starting[0];
        await using var b = await starting[1];

        // Citizens write; every turn is stored (with its replies queued) before the kill, so what is tested is the
        // outbox's takeover, not the emulator (which forgets an update once fetched, unlike Telegram).
        foreach (var question in Questions)
        {
            await Task.WhenAll(Enumerable.Range(0, Chats).Select(i => emulator.SendAsCitizenAsync(token, ChatId(i), question)));
        }

        var queued = await WaitUntilAllTurnsStoredAsync(database);
        await WaitUntilAsync(async () => (await emulator.SentAsync(token)).Count >= 10, TimeSpan.FromSeconds(60), "the first replies");
        var holder = await HolderOfAsync(database, a, b);
        var survivor = holder == a ? b : a;
        var takenBySurvivor = $"Lease {OutboxLease} taken by {Name(survivor, a)}";
        var survivorTookBefore = Occurrences(survivor.Log, takenBySurvivor);
        var killSentAtMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        await holder.KillAsync();
        var killedAtMs = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var takeover = Stopwatch.StartNew();
        var sentBeforeKill = (await emulator.SentAsync(token)).Count;
        await WaitUntilAsync(() => Task.FromResult(Occurrences(survivor.Log, takenBySurvivor) > survivorTookBefore),
            TimeSpan.FromSeconds(30), "the survivor taking the outbox's lease");
        var tookOverAfter = takeover.Elapsed;
        await WaitUntilAsync(async () => (await database.QueryAsync("SELECT count(*) FROM outbox WHERE status <> 2"))[0][0] == "0",
            TimeSpan.FromSeconds(60), "the outbox to be sent");
        await Task.Delay(1000); // a message sent twice would arrive now
        var sent = await emulator.SentAsync(token);
        var rowsPerChat = (await database.QueryAsync("SELECT chat_id, count(*) FROM outbox GROUP BY chat_id"))
            .ToDictionary(r => r[0]!, r => int.Parse(r[1]!, CultureInfo.InvariantCulture), StringComparer.Ordinal);

        output.WriteLine($"{queued} replies queued for {Chats} chats; {sentBeforeKill} sent before the SIGKILL of {Name(holder, a)}; " +
            $"{Name(survivor, a)} took the outbox over after {tookOverAfter.TotalSeconds:F1} s; {sent.Count} messages received in all");
        Assert.True(sentBeforeKill < queued, "the kill came after everything was sent: the takeover was not tested");
        Assert.True(tookOverAfter < TimeSpan.FromSeconds(30));
        var byChat = sent.GroupBy(m => m.ChatId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(Chats, byChat.Count);
        var duplicates = new List<SentMessage>();
        foreach (var (chat, rows) in rowsPerChat)
        {
            var received = byChat[chat];
            var seen = received.GroupBy(m => m.Text, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)).ToList();
            duplicates.AddRange(seen);
            // None lost: every reply the bot queued for this chat arrived (a duplicate adds to the count, never hides a loss).
            Assert.Equal(rows, received.Count - seen.Count);
        }

        // A message can be sent twice only if Telegram accepted it in the moment between the send and the store
        // marking it sent, so only one that reached Telegram just before the kill; none other. Measured on 2026-12-05 at
        // load average 30-45: 0, 0, 1, 2, 7 duplicates in five runs, first copies 77-384 ms before the kill, so the
        // bound is 1 s, not "a few milliseconds".
        output.WriteLine($"sent twice: {duplicates.Count}" + string.Concat(duplicates.Select(d =>
            $"; to chat {d.ChatId}, first copy {killSentAtMs - sent.First(m => m.ChatId == d.ChatId && m.Text == d.Text).TimeMs} ms before SIGKILL was sent " +
            $"(the process was gone {killedAtMs - killSentAtMs} ms later), second {d.TimeMs - killedAtMs} ms after")));
        Assert.All(duplicates, d => Assert.True(sent.First(m => m.ChatId == d.ChatId && m.Text == d.Text).TimeMs >= killedAtMs - 1000,
            $"'{d.Text}' to chat {d.ChatId} was sent twice although its first copy arrived well before the kill"));
    }

    private static long ChatId(int i) => 5_000_000 + i;

    private static Dictionary<string, string> Environment(PostgresSchema database, string name, string token, TelegramEmulator emulator)
    {
        var environment = database.HostEnvironment(name);
        environment["ChatAssistant__Leases__DurationSeconds"] = "3";
        environment["Telegram__Bots__0__Tenant"] = "milano";
        environment["Telegram__Bots__0__Token"] = token;
        environment["Telegram__Bots__0__ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/');
        environment["Telegram__Bots__0__Mode"] = "Polling";
        environment["Telegram__Polling__TimeoutSeconds"] = "1";
        // A dead sender's claimed messages return to the queue after this long (default 30 s).
        environment["Telegram__Sending__LeaseSeconds"] = "5";
        return environment;
    }

    private static string Name(HostProcess host, HostProcess a) => host == a ? "host-a" : "host-b";

    /// <summary>
    /// The outbox's sender: the holder the lease table names (under load a 3 s lease can change hands before the kill,
    /// so a host's log may show it taken by both), confirmed by that host's own log line.
    /// </summary>
    private static async Task<HostProcess> HolderOfAsync(PostgresSchema database, HostProcess a, HostProcess b)
    {
        var holder = (await database.QueryAsync($"SELECT holder FROM leases WHERE name = '{OutboxLease}'"))[0][0];
        var host = holder == "host-a" ? a : b;
        Assert.Contains($"Lease {OutboxLease} taken by {holder}", host.Log, StringComparison.Ordinal);
        return host;
    }

    private static int Occurrences(string text, string line)
    {
        var count = 0;
        for (var at = text.IndexOf(line, StringComparison.Ordinal); at >= 0; at = text.IndexOf(line, at + line.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Waits until the citizens' turns are all stored: the outbox stops growing, with at least one reply a turn.</summary>
    private static async Task<int> WaitUntilAllTurnsStoredAsync(PostgresSchema database)
    {
        var last = -1;
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TimeSpan.FromSeconds(60))
        {
            var count = int.Parse((await database.QueryAsync("SELECT count(*) FROM outbox"))[0][0]!, CultureInfo.InvariantCulture);
            var answered = int.Parse((await database.QueryAsync("SELECT count(DISTINCT chat_id) FROM outbox"))[0][0]!, CultureInfo.InvariantCulture);
            if (count == last && answered == Chats && count >= Chats * Questions.Length)
            {
                return count;
            }

            last = count;
            await Task.Delay(500);
        }

        throw new TimeoutException($"the citizens' turns were not all stored within 60 s ({last} replies queued)");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var limit = Stopwatch.StartNew();
        while (!await condition())
        {
            if (limit.Elapsed > within)
            {
                throw new TimeoutException($"Waited {within.TotalSeconds} s for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
