using ChatAssistant.Core.Storage;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.PostgreSql.Tests.Citizens;

/// <summary>A citizen who asks twice, from two chats, on two hosts: both erasures finish, neither deadlocks.</summary>
public sealed class ConcurrentErasureTests : SchemaPerTest
{
    [Fact]
    public async Task EraseAsync_SameCitizenFromSeveralHostsAndTurnsAtOnce_AllFinishAndNothingOfTheirsRemains()
    {
        var hosts = Enumerable.Range(0, 4).Select(i => Schema.OpenStores($"h{i}")).ToList();
        try
        {
            var keys = Enumerable.Range(0, 8).Select(i => $"anna{i}").ToList();
            foreach (var id in keys)
            {
                await hosts[0].Conversations.CommitTurnAsync(new TurnCommit
                {
                    State = NewState(id, "anna"), Citizen = Citizen("anna"), Transcript = [Message(id, "hello")], Outbox = [OutboxMessage("r-" + id, id)],
                });
            }

            // Erasures reach the conversations in different orders: from the store, and from turns in the first and the last chat.
            var first = (await hosts[2].Conversations.GetStateAsync(Key(keys[0])))!;
            var last = (await hosts[3].Conversations.GetStateAsync(Key(keys[^1])))!;
            var work = new List<Task>
            {
                Task.Run(() => hosts[0].Citizens.EraseAsync("anna")),
                Task.Run(() => hosts[1].Citizens.EraseAsync("anna")),
                Task.Run(() => hosts[2].Conversations.CommitTurnAsync(new TurnCommit { State = first, Citizen = Citizen("anna"), EraseCitizen = true })),
                Task.Run(() => hosts[3].Conversations.CommitTurnAsync(new TurnCommit { State = last, Citizen = Citizen("anna"), EraseCitizen = true })),
            };

            await Task.WhenAll(work).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Null(await hosts[0].Citizens.GetAsync("anna"));
            foreach (var id in keys)
            {
                Assert.DoesNotContain("hello", await TextsAsync(hosts[1].Conversations, Key(id)));
            }

            Assert.Equal(0, (await hosts[2].Outbox.CountAsync("milano")).Pending);
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
