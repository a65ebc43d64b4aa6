using System.Text.Json;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Tests.Support;

namespace ChatAssistant.Core.Tests.Pipeline;

/// <summary>Issue 18, points 2 and 3: one visitor cannot fill the disk, and only whitelisted fields are stored.</summary>
public class InboundLimitsTests
{
    [Theory]
    [InlineData(ActivityTypes.Message, null)]
    [InlineData(ActivityTypes.Event, "webchat/join")]
    [InlineData(ActivityTypes.Typing, null)]
    [InlineData(ActivityTypes.EndOfConversation, null)]
    public async Task ProcessAsync_FloodOfOneKind_StoreSizeStaysBounded(string type, string? name)
    {
        var harness = new PipelineHarness();
        var padding = new string('x', 3_900);
        for (var i = 0; i < 1_000; i++)
        {
            var activity = PipelineHarness.Message($"{padding} {i}", "flooder");
            activity.Type = type;
            activity.Name = name;
            await harness.Pipeline.ProcessAsync(activity);
        }

        // At most the flood limit (20) of the citizen's activities, their replies and one notice: about 41 entries of 4 KB.
        Assert.True(harness.Store.StoredCharacters < 50 * 4_500, $"the store holds {harness.Store.StoredCharacters} characters");
        if (type != ActivityTypes.Message)
        {
            Assert.Equal(0, harness.Store.Commits);
        }
    }

    [Fact]
    public async Task ProcessAsync_TypingAndUnknownEvent_StoreNothingAndAnswerNothing()
    {
        var harness = new PipelineHarness();
        var typing = PipelineHarness.Message("", "c1");
        typing.Type = ActivityTypes.Typing;
        var unknownEvent = PipelineHarness.Message("", "c1");
        unknownEvent.Type = ActivityTypes.Event;
        unknownEvent.Name = "anything/at-all";

        var typed = await harness.Pipeline.ProcessAsync(typing);
        var evented = await harness.Pipeline.ProcessAsync(unknownEvent);

        Assert.Equal(TurnOutcome.Ignored, typed.Outcome);
        Assert.Equal(TurnOutcome.Ignored, evented.Outcome);
        Assert.Equal(0, harness.Store.Commits);
        Assert.Empty(await harness.Store.ReadTranscriptAsync("test:c1", 0, 10));
    }

    [Fact]
    public async Task ProcessAsync_PastTheDailyBudget_StoresNothingMoreUntilTheNextDay()
    {
        var harness = new PipelineHarness();
        var outcomes = new List<TurnOutcome>();
        for (var i = 0; i < 520; i++)
        {
            // Slow enough never to be a flood: only the day's budget (1,000 stored, two per turn) stops it.
            harness.Clock.Advance(TimeSpan.FromSeconds(1));
            outcomes.Add((await harness.SendAsync($"msg {i}")).Outcome);
        }

        var stored = await harness.Store.ReadTranscriptAsync("test:c1", 0, 2_000);
        harness.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await harness.SendAsync("di nuovo");

        Assert.Equal(1_000, stored.Count);
        Assert.Equal(20, outcomes.Count(o => o == TurnOutcome.Throttled));
        Assert.Equal(TurnOutcome.Processed, nextDay.Outcome);
    }

    [Fact]
    public async Task ProcessAsync_ActivityWithExtraFields_StoresOnlyTheWhitelistButTheTurnSeesTheValue()
    {
        string? seenByTheBot = null;
        var harness = new PipelineHarness(ctx =>
        {
            seenByTheBot = ctx.Activity.Value?.GetRawText();
            return Task.CompletedTask;
        });
        var activity = PipelineHarness.Message("ciao");
        activity.From!.Name = "Maria Rossi";
        activity.Name = "a-client-chosen-name";
        activity.Value = JsonSerializer.SerializeToElement(new { contact = new { phoneNumber = "+39 333 1234567" } });
        activity.ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "abc-1", secret = "kept-by-nobody", location = new { latitude = 45.46 } });
        activity.Attachments = [new Attachment { ContentType = "image/jpeg", Name = "photo" }];

        await harness.Pipeline.ProcessAsync(activity);

        var stored = (await harness.Store.ReadTranscriptAsync("test:c1", 0, 10))[0].ActivityJson;
        Assert.Contains("+39 333 1234567", seenByTheBot, StringComparison.Ordinal);
        Assert.Contains("abc-1", stored, StringComparison.Ordinal);
        Assert.Contains("image/jpeg", stored, StringComparison.Ordinal);
        foreach (var leaked in new[] { "+39", "Maria", "a-client-chosen-name", "kept-by-nobody", "45.46" })
        {
            Assert.DoesNotContain(leaked, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProcessAsync_InlineFile_RefusedAndNothingStored()
    {
        var harness = new PipelineHarness();
        var activity = PipelineHarness.Message("ecco la mia carta");
        activity.Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "data:image/png;base64,iVBORw0KGgo=" }];

        var result = await harness.Pipeline.ProcessAsync(activity);

        Assert.Equal(TurnOutcome.Refused, result.Outcome);
        Assert.Contains("does not accept files", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, harness.Store.Commits);
    }

    [Fact]
    public async Task ProcessAsync_CitizenWhoBlockedTheBotWritesAgain_IsReachableAgain()
    {
        var harness = new PipelineHarness();
        await harness.SendAsync("ciao");
        var citizen = (await harness.Store.GetAsync("milano:test:u-c1"))!;
        citizen.Reachable = false;
        await harness.Store.UpsertAsync(citizen);

        await harness.SendAsync("ci sono di nuovo");

        Assert.True((await harness.Store.GetAsync("milano:test:u-c1"))!.Reachable);
    }

    [Fact]
    public async Task ProcessAsync_GroupChat_RemembersEveryMemberNotOnlyWhoSpokeLast()
    {
        var harness = new PipelineHarness();
        foreach (var member in new[] { "anna", "bruno" })
        {
            var activity = PipelineHarness.Message("ciao", "group-1");
            activity.From = new ChannelAccount { Id = member };
            activity.Conversation!.IsGroup = true;
            await harness.Pipeline.ProcessAsync(activity);
        }

        var state = harness.Store.State("test:group-1")!;
        Assert.True(state.IsGroup);
        Assert.Equal(["milano:test:anna", "milano:test:bruno"], state.Participants);
    }
}
