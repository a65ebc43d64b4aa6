using ChatAssistant.Core.Conversations;
using static ChatAssistant.Storage.Contract.ContractData;

namespace ChatAssistant.Storage.Contract;

/// <summary>State, versions, transcripts and processed keys: what every engine must do.</summary>
public abstract class ConversationStoreContract : StoreContract
{
    [Fact]
    public async Task GetStateAsync_NeverSavedConversation_ReturnsNull()
    {
        Assert.Null(await Conversations.GetStateAsync(Key("nobody")));
    }

    [Fact]
    public async Task CommitTurnAsync_NewState_ComesBackWithItsDialogAndVersionOne()
    {
        var state = NewState("c1");
        state.Language = "en";
        state.Memory["quartiere"] = "Isola";
        state.Dialog.Stack.Add(new DialogFrame { FlowId = "prenota", StepId = "giorno", Waiting = true, Values = { ["servizio"] = "CIE" } });

        var result = await Conversations.CommitTurnAsync(Turn(state, "ciao"));

        Assert.True(result.Committed);
        Assert.Equal(1, result.NewVersion);
        var loaded = await Conversations.GetStateAsync(state.Key);
        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal("en", loaded.Language);
        Assert.Equal("Isola", loaded.Memory["quartiere"]);
        Assert.Equal("giorno", Assert.Single(loaded.Dialog.Stack).StepId);
        Assert.Equal("CIE", loaded.Dialog.Stack[0].Values["servizio"]);
        Assert.Equal("milano:telegram:1", loaded.CitizenId);
    }

    [Fact]
    public async Task CommitTurnAsync_StateChangedSinceLoaded_IsStaleAndWritesNothing()
    {
        await Conversations.CommitTurnAsync(Turn(NewState("c1"), "first"));
        var late = NewState("c1");
        late.Memory["lost"] = "yes";

        var result = await Conversations.CommitTurnAsync(Turn(late, "late", outbox: [OutboxMessage("late-reply", "c1")]));

        Assert.False(result.Committed);
        var stored = await Conversations.GetStateAsync(Key("c1"));
        Assert.False(stored!.Memory.ContainsKey("lost"));
        Assert.Equal(["first", "answer to first"], await TextsAsync(Conversations, Key("c1")));
        Assert.Equal(0, (await Outbox.CountAsync("milano")).Pending);
    }

    [Fact]
    public async Task CommitTurnAsync_SameVersionManyTimesAtOnce_ExactlyOneWins()
    {
        var commits = Enumerable.Range(0, 12).Select(i => Turn(NewState("race"), $"attempt {i}")).ToList();

        var results = await Task.WhenAll(commits.Select(c => Conversations.CommitTurnAsync(c)));

        Assert.Single(results, r => r.Committed);
        Assert.Equal(2, (await TextsAsync(Conversations, Key("race"))).Count);
    }

    [Fact]
    public async Task CommitTurnAsync_LoadedStateSavedAgain_VersionGrowsByOne()
    {
        var state = NewState("c1");
        await Conversations.CommitTurnAsync(Turn(state, "one"));
        var loaded = await Conversations.GetStateAsync(state.Key);

        var second = await Conversations.CommitTurnAsync(Turn(loaded!, "two"));

        Assert.True(second.Committed);
        Assert.Equal(2, second.NewVersion);
        Assert.Equal(2, (await Conversations.GetStateAsync(state.Key))!.Version);
    }

    [Fact]
    public async Task CommitTurnAsync_Transcripts_NumberEachConversationFromOneWithoutGaps()
    {
        var a = NewState("a");
        var b = NewState("b");
        await Conversations.CommitTurnAsync(Turn(a, "a1"));
        await Conversations.CommitTurnAsync(Turn(b, "b1"));
        var a2 = await Conversations.CommitTurnAsync(Turn(a, "a2"));
        var welcome = await Conversations.AppendTranscriptAsync(Key("a"), [Message("a", "volunteer says hi")]);

        Assert.Equal([3L, 4L], a2.Appended.Select(e => e.Sequence));
        Assert.Equal(5, Assert.Single(welcome).Sequence);
        var all = await Conversations.ReadTranscriptAsync(Key("a"), 0, 100);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], all.Select(e => e.Sequence));
        Assert.Equal([1L, 2L], (await Conversations.ReadTranscriptAsync(Key("b"), 0, 100)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task ReadTranscriptAsync_AfterAndLimit_ReturnsThatPageOldestFirst()
    {
        var state = NewState("c1");
        for (var i = 1; i <= 5; i++)
        {
            await Conversations.CommitTurnAsync(Turn(state, $"q{i}"));
        }

        var page = await Conversations.ReadTranscriptAsync(Key("c1"), afterSequence: 4, limit: 3);

        Assert.Equal([5L, 6L, 7L], page.Select(e => e.Sequence));
        Assert.Contains("q3", page[0].ActivityJson, StringComparison.Ordinal);
        // A watermark between a turn's message and its answer.
        Assert.Equal([6L, 7L, 8L], (await Conversations.ReadTranscriptAsync(Key("c1"), afterSequence: 5, limit: 3)).Select(e => e.Sequence));
        Assert.Empty(await Conversations.ReadTranscriptAsync(Key("c1"), afterSequence: 10, limit: 3));
        Assert.Empty(await Conversations.ReadTranscriptAsync(Key("c1"), afterSequence: 0, limit: 0));
    }

    [Fact]
    public async Task AppendTranscriptAsync_ConversationWithoutState_StartsAtOneAndLeavesNoState()
    {
        var appended = await Conversations.AppendTranscriptAsync(Key("welcome"), [Message("welcome", "Benvenuto")]);

        Assert.Equal(1, Assert.Single(appended).Sequence);
        Assert.Null(await Conversations.GetStateAsync(Key("welcome")));
        var first = await Conversations.CommitTurnAsync(Turn(NewState("welcome"), "ciao"));
        Assert.True(first.Committed);
        Assert.Equal([2L, 3L], first.Appended.Select(e => e.Sequence));
    }

    [Fact]
    public async Task CommitTurnAsync_ActivityWithoutId_GetsAnIdStoredInItsJson()
    {
        var result = await Conversations.CommitTurnAsync(Turn(NewState("c1"), "ciao"));

        var entry = result.Appended[0];
        Assert.False(string.IsNullOrEmpty(entry.ActivityId));
        Assert.NotEqual(entry.ActivityId, result.Appended[1].ActivityId);
        Assert.Equal(entry.ActivityId, Core.Activities.ActivityJson.Deserialize(entry.ActivityJson).Id);
    }

    [Fact]
    public async Task CommitTurnAsync_KeysDifferingOnlyInCaseOrBySuffix_StayApart()
    {
        foreach (var id in new[] { "Ab", "ab", "ab|", "ab|x" })
        {
            await Conversations.CommitTurnAsync(Turn(NewState(id), id));
        }

        Assert.Equal(["Ab", "answer to Ab"], await TextsAsync(Conversations, Key("Ab")));
        Assert.Equal(["ab", "answer to ab"], await TextsAsync(Conversations, Key("ab")));
        Assert.Equal(["ab|", "answer to ab|"], await TextsAsync(Conversations, Key("ab|")));
        Assert.Equal(1, (await Conversations.GetStateAsync(Key("Ab")))!.Version);
    }

    [Fact]
    public async Task CommitTurnAsync_RecentMessageIds_AreRememberedAfterReopening()
    {
        var state = NewState("c1");
        state.RecentMessageIds.AddRange(["1000", "1001"]);
        await Conversations.CommitTurnAsync(Turn(state, "ciao"));

        await ReopenAsync();

        Assert.Equal(["1000", "1001"], (await Conversations.GetStateAsync(Key("c1")))!.RecentMessageIds);
    }

    [Fact]
    public async Task CommitTurnAsync_ManyConversationsAtOnce_EveryTurnLands()
    {
        const int conversations = 40;
        const int turns = 15;

        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            var state = NewState($"busy{c}");
            for (var t = 0; t < turns; t++)
            {
                var result = await Conversations.CommitTurnAsync(Turn(state, $"t{t}"));
                Assert.True(result.Committed);
                state.Version = result.NewVersion;
            }
        }));

        for (var c = 0; c < conversations; c++)
        {
            Assert.Equal(turns, (await Conversations.GetStateAsync(Key($"busy{c}")))!.Version);
            Assert.Equal(turns * 2, (await Conversations.ReadTranscriptAsync(Key($"busy{c}"), 0, 1000)).Count);
        }
    }
}
