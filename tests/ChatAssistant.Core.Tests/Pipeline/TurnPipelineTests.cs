using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Tests.Support;

namespace ChatAssistant.Core.Tests.Pipeline;

public class TurnPipelineTests
{
    [Fact]
    public async Task ProcessAsync_Message_RepliesAndStoresBothInOrder()
    {
        var harness = new PipelineHarness();

        var result = await harness.SendAsync("ciao");

        Assert.Equal(TurnOutcome.Processed, result.Outcome);
        Assert.Equal("echo:ciao", Assert.Single(result.Replies).Text);
        var stored = await harness.Store.ReadTranscriptAsync("test:c1", 0, 10);
        Assert.Equal([1L, 2L], stored.Select(e => e.Sequence));
        Assert.Contains("echo:ciao", stored[1].ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_SameChannelMessageTwice_AnswersOnce()
    {
        var harness = new PipelineHarness();

        var first = await harness.SendAsync("ciao", id: "update-7");
        var again = await harness.SendAsync("ciao", id: "update-7");

        Assert.Single(first.Replies);
        Assert.Equal(TurnOutcome.Duplicate, again.Outcome);
        Assert.Empty(again.Replies);
        Assert.Equal(1, harness.Store.Commits);
    }

    [Fact]
    public async Task ProcessAsync_RedeliveryAfterLaterMessages_AnsweredOnceAndOnlyInItsConversation()
    {
        var harness = new PipelineHarness();
        for (var i = 1; i <= 5; i++)
        {
            await harness.SendAsync("messaggio " + i, id: "update-" + i);
        }

        var redelivered = await harness.SendAsync("messaggio 2", id: "update-2");
        var sameIdElsewhere = await harness.SendAsync("ciao", conversation: "c2", id: "update-2");

        Assert.Equal(TurnOutcome.Duplicate, redelivered.Outcome);
        Assert.Equal(TurnOutcome.Processed, sameIdElsewhere.Outcome);
        Assert.Equal(10, (await harness.Store.ReadTranscriptAsync("test:c1", 0, 100)).Count);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    public async Task ProcessAsync_IdLongerThanAnyChannelUses_RefusedWithReasonAndNothingStored(string field)
    {
        var harness = new PipelineHarness();
        var activity = PipelineHarness.Message("ciao", id: "m1");
        var longId = new string('7', 2_000);
        switch (field)
        {
            case "id": activity.Id = longId; break;
            case "conversation.id": activity.Conversation!.Id = longId; break;
            default: activity.From!.Id = longId; break;
        }

        var result = await harness.Pipeline.ProcessAsync(activity);

        Assert.Equal(TurnOutcome.Refused, result.Outcome);
        Assert.Contains(field, result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, harness.Store.Commits);
    }

    [Theory]
    [InlineData(null, "no type")]
    [InlineData("poke", "Unknown activity type")]
    public async Task ProcessAsync_BadType_RefusedWithReason(string? type, string reason)
    {
        var harness = new PipelineHarness();
        var activity = PipelineHarness.Message("ciao");
        activity.Type = type;

        var result = await harness.Pipeline.ProcessAsync(activity);

        Assert.Equal(TurnOutcome.Refused, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, harness.Store.Commits);
    }

    [Fact]
    public async Task ProcessAsync_NoConversationId_Refused()
    {
        var harness = new PipelineHarness();
        var activity = PipelineHarness.Message("ciao");
        activity.Conversation!.Id = null;

        var result = await harness.Pipeline.ProcessAsync(activity);

        Assert.Equal(TurnOutcome.Refused, result.Outcome);
        Assert.Contains("conversation id", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_TextOverLimit_RefusedAndNothingStored()
    {
        var harness = new PipelineHarness();

        var result = await harness.SendAsync(new string('a', 4001));

        Assert.Equal(TurnOutcome.Refused, result.Outcome);
        Assert.Contains("4000", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, harness.Store.Commits);
    }

    [Fact]
    public async Task ProcessAsync_UnknownTenant_Refused()
    {
        var harness = new PipelineHarness();

        var result = await harness.Pipeline.ProcessAsync(PipelineHarness.Message("ciao", tenant: "atlantide"));

        Assert.Equal(TurnOutcome.Refused, result.Outcome);
        Assert.Contains("atlantide", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_Password_IsNeverStoredAndCitizenIsWarned()
    {
        var harness = new PipelineHarness();

        var result = await harness.SendAsync("la mia password è Roma2024!");

        Assert.Equal("it:privacy.secret_warning", result.Replies[0].Text);
        Assert.DoesNotContain("Roma2024", result.Replies[1].Text, StringComparison.Ordinal);
        var stored = await harness.Store.ReadTranscriptAsync("test:c1", 0, 10);
        Assert.All(stored, e => Assert.DoesNotContain("Roma2024", e.ActivityJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_Flood_OneNoticeThenSilenceOthersUnaffected()
    {
        var harness = new PipelineHarness();
        var replies = new List<string?>();
        for (var i = 0; i < 25; i++)
        {
            var result = await harness.SendAsync($"msg {i}", "flooder");
            replies.AddRange(result.Replies.Select(r => r.Text));
        }

        var other = await harness.SendAsync("ciao", "calm");

        Assert.Equal(20, replies.Count(r => r!.StartsWith("echo:", StringComparison.Ordinal)));
        Assert.Single(replies, r => r == "it:flood.notice");
        Assert.Equal("echo:ciao", Assert.Single(other.Replies).Text);
        var stored = await harness.Store.ReadTranscriptAsync("test:flooder", 0, 100);
        // Past the limit nothing is stored either: a flood must not fill the disk.
        Assert.Equal(20, stored.Count(e => e.ActivityJson.Contains("\"msg ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProcessAsync_FloodWindowPassed_AnswersAgain()
    {
        var harness = new PipelineHarness();
        for (var i = 0; i < 22; i++)
        {
            await harness.SendAsync($"msg {i}");
        }

        harness.Clock.Advance(TimeSpan.FromSeconds(11));
        var later = await harness.SendAsync("ancora");

        Assert.Equal("echo:ancora", Assert.Single(later.Replies).Text);
    }

    [Fact]
    public async Task ProcessAsync_LanguageDetected_RepliesCarryIt()
    {
        var harness = new PipelineHarness(ctx =>
        {
            ctx.SendText(ctx.Language);
            return Task.CompletedTask;
        });

        var english = await harness.SendAsync("hello there", "en-chat");
        var italian = await harness.SendAsync("ciao", "it-chat");
        var noClue = await harness.SendAsync("42", "en-chat");

        Assert.Equal("en", english.Replies[0].Text);
        Assert.Equal("it", italian.Replies[0].Text);
        Assert.Equal("en", noClue.Replies[0].Text);
    }

    [Fact]
    public async Task ProcessAsync_ChosenLanguage_NotOverriddenByDetection()
    {
        var harness = new PipelineHarness(ctx =>
        {
            if (ctx.Activity.Text == "english please")
            {
                ctx.State.Language = "en";
                ctx.State.LanguageChosen = true;
            }

            ctx.SendText(ctx.Language);
            return Task.CompletedTask;
        });

        await harness.SendAsync("english please");
        var result = await harness.SendAsync("ciao");

        Assert.Equal("en", result.Replies[0].Text);
    }

    [Fact]
    public async Task ProcessAsync_TurnsOfOneConversation_NeverInterleave()
    {
        var inside = 0;
        var overlapped = false;
        var harness = new PipelineHarness(async ctx =>
        {
            if (Interlocked.Increment(ref inside) > 1)
            {
                overlapped = true;
            }

            await Task.Yield();
            await Task.Delay(5);
            ctx.State.Memory["count"] = (int.Parse(ctx.State.Memory.GetValueOrDefault("count", "0"), System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Interlocked.Decrement(ref inside);
        });

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => harness.SendAsync($"m{i}")));

        Assert.False(overlapped);
        var state = await harness.Store.GetStateAsync("test:c1");
        Assert.Equal("10", state!.Memory["count"]);
    }

    [Fact]
    public async Task ProcessAsync_EraseRequested_OnlyTheConfirmationRemains()
    {
        var harness = new PipelineHarness(ctx =>
        {
            if (ctx.Activity.Text == "cancella")
            {
                ctx.EraseCitizenData = true;
                ctx.SendText("fatto");
            }
            else
            {
                ctx.State.Memory["note"] = ctx.Activity.Text!;
                ctx.SendText("ok");
            }

            return Task.CompletedTask;
        });
        await harness.SendAsync("il mio quartiere è Niguarda");

        await harness.SendAsync("cancella");

        var stored = await harness.Store.ReadTranscriptAsync("test:c1", 0, 10);
        var remaining = Assert.Single(stored);
        Assert.Contains("fatto", remaining.ActivityJson, StringComparison.Ordinal);
        var state = await harness.Store.GetStateAsync("test:c1");
        Assert.Empty(state!.Memory);
    }

    [Fact]
    public void ActivityJson_RoundTrip_IsCamelCaseWithoutNulls()
    {
        var activity = PipelineHarness.Message("ciao");
        activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Sì")] };

        var json = ActivityJson.Serialize(activity);

        Assert.Contains("\"conversation\":{\"id\":\"c1\",\"tenantId\":\"milano\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"suggestedActions\":{\"actions\":[{\"type\":\"imBack\",\"title\":\"Sì\",\"value\":\"Sì\"}]}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Equal("ciao", ActivityJson.Deserialize(json).Text);
    }
}
