using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Channels.Tests.DirectLine.Support;

namespace ChatAssistant.Channels.Tests.DirectLine;

/// <summary>With the real embedded store: the conversation, its log and its token survive a host restart.</summary>
public sealed class LiteDbRestartTests
{
    [Fact]
    public async Task Reconnect_AfterHostRestart_SameTokenGetsWhatWasMissedOnce()
    {
        var data = Directory.CreateTempSubdirectory("directline-litedb-").FullName;
        DirectLineTestHost.Conversation conversation;
        string watermark;
        await using (var first = await DirectLineTestHost.StartAsync(dataDirectory: data, liteDb: true))
        {
            conversation = await first.StartConversationAsync();
            (_, watermark) = await first.GetActivitiesAsync(conversation);
            using var sent = await first.PostActivityAsync(conversation, new { type = "message", text = "SPID", channelData = new { clientActivityID = "r1" } });
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        await using var second = await DirectLineTestHost.StartAsync(dataDirectory: data, liteDb: true);
        using var reconnect = await second.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark={watermark}", conversation.Token));
        var (missed, _) = await second.GetActivitiesAsync(conversation, watermark);
        using var restart = await second.Client.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "/v3/directline/conversations", conversation.Token));

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(["SPID", "Lo SPID è l'identità digitale per entrare nei servizi online."], missed.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.OK, restart.StatusCode);
        var (all, _) = await second.GetActivitiesAsync(conversation);
        Assert.Single(all, a => a.GetProperty("type").GetString() == "message" && a.GetProperty("text").GetString()!.Contains("Ciao!"));
    }

    [Fact]
    public async Task PostActivity_WithLiteDb_EchoKeepsChannelDataAndTheServerId()
    {
        await using var host = await DirectLineTestHost.StartAsync(liteDb: true);
        var conversation = await host.StartConversationAsync();
        var (_, watermark) = await host.GetActivitiesAsync(conversation);

        using var sent = await host.PostActivityAsync(conversation, new { type = "message", text = "ciao", channelData = new { clientActivityID = "lite-1" } });
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var (activities, _) = await host.GetActivitiesAsync(conversation, watermark);

        Assert.Equal(id, activities[0].GetProperty("id").GetString());
        Assert.Equal("lite-1", activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(id, activities[1].GetProperty("replyToId").GetString());
    }
}
