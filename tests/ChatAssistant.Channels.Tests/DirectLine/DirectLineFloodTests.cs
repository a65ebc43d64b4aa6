using System.Net;
using ChatAssistant.Channels.Tests.DirectLine.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Channels.Tests.DirectLine;

/// <summary>Issue 18, points 2 and 3 over Direct Line: one visitor cannot fill the disk, files are refused, extras are not stored.</summary>
public sealed class DirectLineFloodTests : IAsyncLifetime
{
    private DirectLineTestHost _host = null!;

    private InMemoryStore Store => _host.App.Services.GetRequiredService<InMemoryStore>();

    public async Task InitializeAsync() => _host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["DirectLine:ActivitiesPerMinutePerAddress"] = "40",
        ["DirectLine:ActivitiesPerMinutePerConversation"] = "25",
        ["ChatAssistant:Pipeline:FloodMaxMessages"] = "10",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("message")]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("conversationUpdate")]
    [InlineData("endOfConversation")]
    public async Task FloodOfOneKind_IsCutOffAndTheStoreStaysSmall(string type)
    {
        var conversation = await _host.StartConversationAsync();
        var before = Store.StoredCharacters;
        var big = new string('x', 60_000);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            using var response = await _host.PostActivityAsync(conversation, new { type, name = "some/event", text = $"ciao {i}", value = new { big }, channelData = new { big } });
            statuses.Add(response.StatusCode);
        }

        // 25 per conversation per minute; of those at most 10 messages are stored (the flood limit), each without its 60 KB extras.
        Assert.Equal(35, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.True(Store.StoredCharacters - before < 30_000, $"the store grew by {Store.StoredCharacters - before} characters");
    }

    [Fact]
    public async Task ManyConversationsFromOneAddress_AreLimitedTogether()
    {
        var statuses = new List<HttpStatusCode>();
        for (var c = 0; c < 4; c++)
        {
            var conversation = await _host.StartConversationAsync();
            for (var i = 0; i < 15; i++)
            {
                using var response = await _host.PostActivityAsync(conversation, new { type = "typing" });
                statuses.Add(response.StatusCode);
            }
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task InlineFile_Is415AndNothingStored()
    {
        var conversation = await _host.StartConversationAsync();
        var commits = Store.Commits;

        using var response = await _host.PostActivityAsync(conversation, new
        {
            type = "message",
            text = "la mia carta d'identità",
            attachments = new[] { new { contentType = "image/png", contentUrl = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" } },
        });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("does not accept files", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(commits, Store.Commits);
    }

    [Fact]
    public async Task MessageWithClientExtras_StoresOnlyTheWhitelist()
    {
        var conversation = await _host.StartConversationAsync();

        using var response = await _host.PostActivityAsync(conversation, new
        {
            type = "message",
            text = "ciao",
            name = "chosen-by-client",
            from = new { id = "x", name = "Mallory" },
            value = new { iban = "nascosto-nel-value" },
            channelData = new { clientActivityID = "kept-1", tracking = "nascosto-nel-channeldata" },
        });

        response.EnsureSuccessStatusCode();
        var (activities, _) = await _host.GetActivitiesAsync(conversation);
        var mine = activities.Single(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("text").GetString() == "ciao").GetRawText();
        Assert.Contains("kept-1", mine, StringComparison.Ordinal);
        foreach (var leaked in new[] { "chosen-by-client", "Mallory", "nascosto-nel-value", "nascosto-nel-channeldata" })
        {
            Assert.DoesNotContain(leaked, mine, StringComparison.Ordinal);
        }
    }
}
