using System.Collections.Concurrent;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Storage.Contract;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests.Outbox;

/// <summary>Two hosts drain one bot's outbox at once: the database alone keeps them from sending anything twice or out of order.</summary>
public sealed class TwoHostsClaimTests : SchemaPerTest
{
    private static readonly DateTimeOffset Lease = Noon.AddHours(1);

    [Fact]
    public async Task ClaimDueAsync_TwoHostsAtOnce_EveryMessageOnceAndEachChatInOrderOneAtATime()
    {
        const int chats = 60;
        const int perChat = 4;
        var hostA = Schema.OpenStores("a");
        var hostB = Schema.OpenStores("b");
        await using var _ = hostA.Owner;
        await using var __ = hostB.Owner;
        var priorities = new[] { OutboxPriority.Announcement, OutboxPriority.Reply, OutboxPriority.Reminder, OutboxPriority.Reply };
        await hostA.Outbox.EnqueueAsync(Enumerable.Range(0, perChat)
            .SelectMany(n => Enumerable.Range(0, chats).Select(c => OutboxMessage($"c{c}-m{n}", $"chat{c}", priorities[n], Noon.AddSeconds(n))))
            .ToList());

        var claims = new ConcurrentBag<(string Host, string Id)>();
        var sentInOrder = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        var inFlight = new ConcurrentDictionary<string, string>();
        var overlaps = new ConcurrentBag<string>();

        async Task DrainAsync(string host, StoreSet stores)
        {
            var idleRounds = 0;
            while (idleRounds < 3)
            {
                var claimed = await stores.Outbox.ClaimDueAsync("milano", Noon.AddMinutes(1), 7, Lease);
                idleRounds = claimed.Count == 0 ? idleRounds + 1 : 0;
                if (claimed.Count == 0)
                {
                    await Task.Delay(20);
                }

                foreach (var message in claimed)
                {
                    claims.Add((host, message.Id));
                    if (!inFlight.TryAdd(message.ChatId, message.Id))
                    {
                        overlaps.Add($"{message.Id} while {inFlight[message.ChatId]} was being sent");
                    }
                }

                foreach (var message in claimed)
                {
                    // Out of the in-flight set before the mark: the other host may claim the chat's next message only once the mark is committed.
                    sentInOrder.GetOrAdd(message.ChatId, _ => new()).Enqueue(message.Id);
                    inFlight.TryRemove(message.ChatId, out string? _);
                    await stores.Outbox.MarkSentAsync(message.Id);
                }
            }
        }

        await Task.WhenAll(Task.Run(() => DrainAsync("a", hostA)), Task.Run(() => DrainAsync("b", hostB)));

        var ids = claims.Select(c => c.Id).ToList();
        Assert.Equal(chats * perChat, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(overlaps);
        Assert.All(sentInOrder, chat => Assert.Equal(Enumerable.Range(0, perChat).Select(n => $"c{chat.Key["chat".Length..]}-m{n}"), chat.Value));
        Assert.Contains(claims, c => c.Host == "a");
        Assert.Contains(claims, c => c.Host == "b");
        Assert.Equal(chats * perChat, (await hostB.Outbox.CountAsync("milano")).Sent);
    }

    [Fact]
    public async Task ClaimDueAsync_OlderMessageCommittedWhileANewerOneIsBeingSent_WaitsUntilItIsSent()
    {
        var stores = Schema.OpenStores();
        await using var _ = stores.Owner;
        // Host B's announcement commits and is claimed before host A's older reply to the same chat commits.
        await stores.Outbox.EnqueueAsync([OutboxMessage("announcement", "chat", OutboxPriority.Announcement, Noon)]);
        Assert.Equal("announcement", Assert.Single(await stores.Outbox.ClaimDueAsync("milano", Noon, 10, Lease)).Id);
        await stores.Outbox.EnqueueAsync([OutboxMessage("reply", "chat", OutboxPriority.Reply, Noon.AddSeconds(-1))]);

        Assert.Empty(await stores.Outbox.ClaimDueAsync("milano", Noon.AddSeconds(1), 10, Lease));
        await stores.Outbox.MarkSentAsync("announcement");
        Assert.Equal("reply", Assert.Single(await stores.Outbox.ClaimDueAsync("milano", Noon.AddSeconds(2), 10, Lease)).Id);
    }

    [Fact]
    public async Task ClaimDueAsync_ManyClaimsOfOneMessageAtOnce_OnlyOneGetsIt()
    {
        var hosts = Enumerable.Range(0, 6).Select(i => Schema.OpenStores($"h{i}")).ToList();
        try
        {
            await hosts[0].Outbox.EnqueueAsync([OutboxMessage("only", "chat")]);

            var claimed = await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Outbox.ClaimDueAsync("milano", Noon, 10, Lease))));

            Assert.Equal("only", Assert.Single(claimed.SelectMany(c => c)).Id);
            Assert.Equal(1, (await hosts[0].Outbox.CountAsync("milano")).Sending);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.Owner.DisposeAsync();
            }
        }
    }
}
