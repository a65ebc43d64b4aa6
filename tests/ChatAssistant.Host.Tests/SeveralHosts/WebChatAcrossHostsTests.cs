using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ChatAssistant.Host.Tests.Support;
using Xunit.Abstractions;

namespace ChatAssistant.Host.Tests.SeveralHosts;

/// <summary>A citizen's web chat behind a load balancer that sends each request to either of two hosts on one database.</summary>
public sealed class WebChatAcrossHostsTests(TwoHostsFixture hosts, ITestOutputHelper output) : IClassFixture<TwoHostsFixture>
{
    private static readonly string[] Questions =
    [
        "ho perso la carta d'identità elettronica, come la rifaccio?",
        "quando passa la raccolta dei rifiuti?",
        "come pago la tari?",
        "vorrei prenotare un appuntamento all'anagrafe",
        "come rinnovo il passaporto?",
        "grazie",
    ];

    [Fact]
    public async Task Conversation_RequestsAlternateBetweenHosts_IsOneConversationInOrderOnBoth()
    {
        var onA = new DirectLineClient(hosts.A.Client);
        await onA.StartAsync();
        await onA.ReadBotMessagesAsync();
        var onB = onA.Reconnect(hosts.B.Client);

        for (var i = 0; i < Questions.Length; i++)
        {
            // The token A issued is accepted by B and the other way round; each reply is read where the message went.
            var replies = await (i % 2 == 0 ? onB : onA).SendAsync(Questions[i]);
            Assert.NotEmpty(replies);
        }

        var fromA = await onA.ReadTranscriptAsync();
        var fromB = await onB.ReadTranscriptAsync();

        Assert.Equal(Ids(fromA.Activities), Ids(fromB.Activities));
        Assert.Equal(fromA.Watermark, fromB.Watermark);
        var citizenTurns = fromA.Activities.Where(a => Role(a) != "bot" && Type(a) == "message").Select(a => a["text"]!.GetValue<string>()).ToList();
        Assert.Equal(Questions, citizenTurns);
        AssertEveryTurnAnsweredBeforeTheNext(fromA.Activities);
        Assert.Equal(fromA.Activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), fromA.Watermark);
    }

    [Fact]
    public async Task Stream_ReplyProducedOnTheOtherHost_ReachesTheSocketWithinASecond()
    {
        var onA = new DirectLineClient(hosts.A.Client);
        await onA.StartAsync();
        Assert.Equal(hosts.A.BaseAddress.Port, onA.StreamUrl!.Port);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(onA.StreamUrl, CancellationToken.None);
        var botMessages = Channel.CreateUnbounded<JsonObject>();
        using var stop = new CancellationTokenSource();
        var receiving = ReceiveBotMessagesAsync(socket, botMessages.Writer, stop.Token);
        await botMessages.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token); // the welcome
        var onB = onA.Reconnect(hosts.B.Client);
        await onB.SendAsync("ciao"); // warms B up: the first turn of a fresh process pays for JIT compilation
        await DrainAsync(botMessages.Reader);

        var delays = new List<TimeSpan>();
        foreach (var question in Questions[..4])
        {
            var clock = Stopwatch.StartNew();
            using var posted = await onB.PostAsync(question);
            posted.EnsureSuccessStatusCode();
            using var within = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await botMessages.Reader.ReadAsync(within.Token);
            delays.Add(clock.Elapsed);
            await DrainAsync(botMessages.Reader);
        }

        await stop.CancelAsync();
        await receiving;
        output.WriteLine("POST on B until the reply on A's socket: " + string.Join(", ", delays.Select(d => $"{d.TotalMilliseconds:F0} ms")));
        Assert.All(delays, d => Assert.True(d < TimeSpan.FromSeconds(1), $"a reply took {d.TotalMilliseconds:F0} ms to reach the socket"));
    }

    private static async Task ReceiveBotMessagesAsync(ClientWebSocket socket, ChannelWriter<JsonObject> messages, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer, stop);
                    frame.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (frame.Length == 0 || JsonNode.Parse(Encoding.UTF8.GetString(frame.ToArray())) is not JsonObject set)
                {
                    continue;
                }

                foreach (var activity in set["activities"]?.AsArray() ?? [])
                {
                    if (activity is JsonObject a && Role(a) == "bot" && Type(a) == "message")
                    {
                        messages.TryWrite(a);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Lets the rest of one answer (several messages) arrive and throws it away.</summary>
    private static async Task DrainAsync(ChannelReader<JsonObject> messages)
    {
        await Task.Delay(300);
        while (messages.TryRead(out _))
        {
        }
    }

    private static void AssertEveryTurnAnsweredBeforeTheNext(IReadOnlyList<JsonObject> transcript)
    {
        var answered = true;
        foreach (var activity in transcript.Where(a => Type(a) == "message"))
        {
            if (Role(activity) == "bot")
            {
                answered = true;
                continue;
            }

            Assert.True(answered, $"'{activity["text"]}' came before the bot answered the turn before it");
            answered = false;
        }

        Assert.True(answered, "the last turn has no answer");
    }

    private static List<string> Ids(IEnumerable<JsonObject> activities) => activities.Select(a => a["id"]!.GetValue<string>()).ToList();

    private static string? Role(JsonObject activity) => activity["from"]?["role"]?.GetValue<string>();

    private static string? Type(JsonObject activity) => activity["type"]?.GetValue<string>();
}
