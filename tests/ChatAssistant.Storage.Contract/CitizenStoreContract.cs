using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract;

/// <summary>Citizens and the right to be forgotten.</summary>
public abstract class CitizenStoreContract : StoreContract
{
    [Fact]
    public async Task UpsertAsync_Citizen_IsReadBackAndUpdated()
    {
        var citizen = Citizen("milano:telegram:42");
        await Citizens.UpsertAsync(citizen);
        citizen.Reachable = false;
        await Citizens.UpsertAsync(citizen);

        var loaded = await Citizens.GetAsync("milano:telegram:42");

        Assert.NotNull(loaded);
        Assert.False(loaded.Reachable);
        Assert.Equal("it", loaded.Language);
        Assert.Null(await Citizens.GetAsync("milano:telegram:43"));
    }

    [Fact]
    public async Task EraseAsync_OneCitizen_RemovesAllTheirsAndNothingOfAnother()
    {
        await SeedAsync("anna", "c-anna-1");
        await SeedAsync("anna", "c-anna-2");
        await SeedAsync("bruno", "c-bruno");

        await Citizens.EraseAsync("anna");

        Assert.Null(await Citizens.GetAsync("anna"));
        Assert.Null(await Conversations.GetStateAsync(Key("c-anna-1")));
        Assert.Empty(await Conversations.ReadTranscriptAsync(Key("c-anna-2"), 0, 100));
        Assert.NotNull(await Citizens.GetAsync("bruno"));
        Assert.NotNull(await Conversations.GetStateAsync(Key("c-bruno")));
        Assert.Equal(2, (await Conversations.ReadTranscriptAsync(Key("c-bruno"), 0, 100)).Count);
        var claimed = await Outbox.ClaimDueAsync("milano", Noon, 10, Noon.AddMinutes(1));
        Assert.Equal(["reply-c-bruno"], claimed.Select(m => m.Id));
        // A web chat still open on an erased conversation keeps its watermark: new activities come after it.
        var next = await Conversations.CommitTurnAsync(Turn(NewState("c-anna-2", "anna"), "again"));
        Assert.Equal([3L, 4L], next.Appended.Select(e => e.Sequence));
    }

    [Fact]
    public async Task EraseAsync_SentAndFailedMessagesOfTheirChats_AreErasedToo()
    {
        await SeedAsync("anna", "c-anna");
        await SeedAsync("bruno", "c-bruno");
        await Outbox.EnqueueAsync([OutboxMessage("second-c-anna", "c-anna", createdAt: Noon.AddSeconds(1))]);
        await Outbox.ClaimDueAsync("milano", Noon.AddSeconds(1), 10, Noon.AddMinutes(1));
        await Outbox.MarkSentAsync("reply-c-anna");
        await Outbox.MarkSentAsync("reply-c-bruno");
        await Outbox.ClaimDueAsync("milano", Noon.AddSeconds(2), 10, Noon.AddMinutes(1));
        await Outbox.MarkFailedAsync("second-c-anna", "403: blocked");

        await Citizens.EraseAsync("anna");

        var counts = await Outbox.CountAsync("milano");
        Assert.Equal((0, 1, 0), (counts.Pending, counts.Sent, counts.Failed));
    }

    [Fact]
    public async Task EraseAsync_MemberOfAGroupChat_ErasesExactlyTheirEntriesWhoeverSpokeLast()
    {
        // anna speaks last in "g-last", bruno in "g-other": neither group may lose bruno's messages, both lose anna's.
        await GroupTurnAsync("g-other", ("anna", "anna in other"), ("bruno", "bruno in other"));
        await GroupTurnAsync("g-last", ("bruno", "bruno in last"), ("anna", "anna in last"));

        await Citizens.EraseAsync("milano:telegram:anna");

        Assert.Equal(["bruno in other", "reply to bruno"], (await TextsAsync(Conversations, Key("g-other"))).Where(t => t.Length > 0));
        Assert.Equal(["bruno in last", "reply to bruno"], (await TextsAsync(Conversations, Key("g-last"))).Where(t => t.Length > 0));
        Assert.Equal(4, (await Conversations.ReadTranscriptAsync(Key("g-last"), 0, 100)).Count);
        var state = (await Conversations.GetStateAsync(Key("g-last")))!;
        Assert.Equal(["milano:telegram:bruno"], state.Participants);
        Assert.NotEqual("milano:telegram:anna", state.CitizenId);
    }

    [Fact]
    public async Task CommitTurnAsync_EraseCitizen_KeepsOnlyTheConfirmationAndWatermarksGoOn()
    {
        await SeedAsync("anna", "c-anna");
        await SeedAsync("anna", "c-anna-old");
        var state = (await Conversations.GetStateAsync(Key("c-anna")))!;

        var result = await Conversations.CommitTurnAsync(new TurnCommit
        {
            State = state,
            Citizen = Citizen("anna"),
            Transcript = [Message("c-anna", "I tuoi dati sono stati cancellati.")],
            EraseCitizen = true,
            Outbox = [OutboxMessage("confirm", "c-anna")],
        });

        Assert.True(result.Committed);
        Assert.Equal(3, Assert.Single(result.Appended).Sequence);
        Assert.Equal(["I tuoi dati sono stati cancellati."], await TextsAsync(Conversations, Key("c-anna")));
        Assert.Null(await Conversations.GetStateAsync(Key("c-anna-old")));
        Assert.Null(await Citizens.GetAsync("anna"));
        var claimed = await Outbox.ClaimDueAsync("milano", Noon, 10, Noon.AddMinutes(1));
        Assert.Equal(["confirm"], claimed.Select(m => m.Id));
    }

    /// <summary>Turns of a group chat, one per member in order: their message and the bot's reply addressed to them.</summary>
    private async Task GroupTurnAsync(string groupId, params (string User, string Text)[] turns)
    {
        foreach (var (user, text) in turns)
        {
            var state = await Conversations.GetStateAsync(Key(groupId)) ?? NewState(groupId);
            state.IsGroup = true;
            state.CitizenId = "milano:telegram:" + user;
            state.Participants.Remove(state.CitizenId);
            state.Participants.Add(state.CitizenId);
            var said = Message(groupId, text);
            said.From = new ChannelAccount { Id = user, Role = RoleTypes.User };
            var reply = Message(groupId, "reply to " + user);
            reply.From = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot };
            reply.Recipient = new ChannelAccount { Id = user, Role = RoleTypes.User };
            Assert.True((await Conversations.CommitTurnAsync(new TurnCommit { State = state, Citizen = Citizen("milano:telegram:" + user), Transcript = [said, reply] })).Committed);
        }
    }

    private async Task SeedAsync(string citizenId, string conversationId)
    {
        var state = NewState(conversationId, citizenId);
        var turn = Turn(state, "hello from " + citizenId, outbox: [OutboxMessage("reply-" + conversationId, conversationId)]);
        await Conversations.CommitTurnAsync(new TurnCommit
        {
            State = turn.State,
            Citizen = Citizen(citizenId),
            Transcript = turn.Transcript,
            Outbox = turn.Outbox,
        });
    }
}
