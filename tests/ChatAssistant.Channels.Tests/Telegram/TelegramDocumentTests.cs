using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Channels.Tests.Telegram.Harness;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;

namespace ChatAssistant.Channels.Tests.Telegram;

/// <summary>Issue 15: the booking's .ics calendar entry reaches a Telegram citizen as a file, after the text.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TelegramDocumentTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:SPID – Sportello Centro\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    private readonly string _token = TelegramTestHost.NewToken();
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TelegramTestHost.StartAsync(emulator.BaseUrl, ("milano", _token, "Polling", null, false));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Outbox_ReplyWithCalendarAttachment_CitizenGetsTheTextThenTheIcsFile()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Fatto! Il tuo codice è **ABC234**.",
            Conversation = new ConversationAccount { Id = "4242" },
            Attachments = [new Attachment { ContentType = "text/calendar", Name = "appuntamento-ABC234.ics", Content = JsonSerializer.SerializeToElement(Ics) }],
        };
        await _host.Store.EnqueueAsync([new OutboxMessage
        {
            Id = "reply:ics", BotId = "milano", ChannelId = ChannelIds.Telegram, ChatId = "4242",
            ActivityJson = ActivityJson.Serialize(reply), CreatedAt = TimeProvider.System.GetUtcNow(), NotBefore = TimeProvider.System.GetUtcNow(),
        }]);

        var sent = await SentAsync(2);

        Assert.True(2 == sent.Count, string.Join(" / ", _host.Store.Outbox.Select(m => m.Status + " " + m.LastError)));
        Assert.Contains("ABC234", sent[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(sent[0]!["document"]);
        var document = sent[1]!["document"]!;
        Assert.Equal("appuntamento-ABC234.ics", document["fileName"]!.GetValue<string>());
        Assert.Equal(Ics, document["text"]!.GetValue<string>());
        Assert.Equal("4242", sent[1]!["chatId"]!.GetValue<string>());
    }

    private async Task<JsonArray> SentAsync(int count)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        var limit = System.Diagnostics.Stopwatch.StartNew();
        JsonArray sent;
        do
        {
            sent = JsonNode.Parse(await http.GetStringAsync($"/__control/sent?token={Uri.EscapeDataString(_token)}"))!.AsArray();
            if (sent.Count >= count)
            {
                break;
            }

            await Task.Delay(100);
        }
        while (limit.Elapsed < TimeSpan.FromSeconds(30));

        return sent;
    }
}
