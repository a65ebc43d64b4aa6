using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ChatAssistant.Channels.Tests.DirectLine.Support;

namespace ChatAssistant.Channels.Tests.DirectLine;

public sealed class ActivityStreamTests : IAsyncLifetime
{
    private DirectLineTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DirectLineTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Message(string text, string clientId) => new { type = "message", text, channelData = new { clientActivityID = clientId } };

    [Fact]
    public async Task Stream_OpenedAfterTheWelcome_ReplaysItWithAStringWatermark()
    {
        var conversation = await _host.StartConversationAsync();
        using var socket = await StreamClient.ConnectAsync(conversation.StreamUrl);

        var set = await socket.NextSetAsync();

        var welcome = set.Activities.Single(a => a.GetProperty("type").GetString() == "message");
        Assert.Contains("assistente digitale", welcome.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.String, set.Raw.GetProperty("watermark").ValueKind);
    }

    [Fact]
    public async Task Stream_CitizenSendsAMessage_GetsTypingThenTheEchoThenTheReply()
    {
        var conversation = await _host.StartConversationAsync();
        using var socket = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await socket.NextSetAsync();

        await socket.SendKeepAliveAsync();
        using var _ = await _host.PostActivityAsync(conversation, Message("SPID", "k1"));
        var received = await socket.CollectUntilAsync(list => list.Any(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.GetProperty("type").GetString() == "message"));

        Assert.Equal("typing", received[0].GetProperty("type").GetString());
        var messages = received.Where(a => a.GetProperty("type").GetString() == "message").ToList();
        Assert.Equal("k1", messages[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Contains("identità digitale", messages[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reconnect_WithWatermark_DeliversWhatWasMissedOnceAndInOrder()
    {
        var conversation = await _host.StartConversationAsync();
        string watermark;
        using (var socket = await StreamClient.ConnectAsync(conversation.StreamUrl))
        {
            watermark = (await socket.NextSetAsync()).Raw.GetProperty("watermark").GetString()!;
        }

        await _host.PostActivityAsync(conversation, Message("uno", "m1"));
        await _host.PostActivityAsync(conversation, Message("due", "m2"));
        var reconnectUrl = conversation.StreamUrl + "&watermark=" + watermark;
        using var again = await StreamClient.ConnectAsync(reconnectUrl);
        var missed = await again.CollectUntilAsync(list => list.Count(a => a.GetProperty("type").GetString() == "message") >= 4);

        Assert.Equal(["uno", "Hai scritto: uno", "due", "Hai scritto: due"],
            missed.Where(a => a.GetProperty("type").GetString() == "message").Select(a => a.GetProperty("text").GetString()));
        Assert.DoesNotContain(missed, a => a.GetProperty("text").ToString().Contains("assistente digitale"));
    }

    [Fact]
    public async Task Stream_WithAnotherConversationsToken_IsRefused()
    {
        var mine = await _host.StartConversationAsync();
        var theirs = await _host.StartConversationAsync();
        var url = mine.StreamUrl.Split("?t=")[0] + "?t=" + Uri.EscapeDataString(theirs.Token);

        var error = await Assert.ThrowsAsync<WebSocketException>(() => StreamClient.ConnectAsync(url));

        Assert.Contains("403", error.Message);
    }

    private sealed class StreamClient : IDisposable
    {
        private readonly ClientWebSocket _socket = new();

        public static async Task<StreamClient> ConnectAsync(string url)
        {
            var client = new StreamClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client._socket.ConnectAsync(new Uri(url), timeout.Token);
            return client;
        }

        public Task SendKeepAliveAsync() => _socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None);

        public async Task<(JsonElement Raw, List<JsonElement> Activities)> NextSetAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            WebSocketReceiveResult frame;
            do
            {
                frame = await _socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, frame.Count);
            }
            while (!frame.EndOfMessage);

            var raw = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            return (raw, raw.GetProperty("activities").EnumerateArray().ToList());
        }

        public async Task<List<JsonElement>> CollectUntilAsync(Func<List<JsonElement>, bool> done)
        {
            var all = new List<JsonElement>();
            while (!done(all))
            {
                all.AddRange((await NextSetAsync()).Activities);
            }

            return all;
        }

        public void Dispose()
        {
            try
            {
                _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).Wait(TimeSpan.FromSeconds(2));
            }
            catch (AggregateException)
            {
            }

            _socket.Dispose();
        }
    }
}
