using System.Text.Json.Nodes;
using ChatAssistant.Channels.Tests.Telegram.Harness;

namespace ChatAssistant.Channels.Tests.Telegram;

/// <summary>A citizen talking to the bot through the emulator, received by long polling.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TelegramPollingTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private readonly string _token = TelegramTestHost.NewToken();
    private TelegramTestHost _host = null!;

    private EmulatorUser User => emulator.User;

    public async Task InitializeAsync() => _host = await TelegramTestHost.StartAsync(emulator.BaseUrl, ("milano", _token, "Polling", null, false));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_InPrivateChat_ShowsTheMenuAsButtonsOnePerRow()
    {
        await User.SendTextAsync(_token, 1001, "/start");

        var menu = (await User.WaitForMessagesAsync(_token, 1001, 1)).Single();
        Assert.Equal("Ciao! Scegli un servizio:", menu.Text);
        Assert.Equal("html", menu.ParseMode, ignoreCase: true);
        Assert.Equal(["SPID", "Carta d'identità", "Altro", "Sito del Comune"], menu.Buttons.Select(b => b.Text));
        Assert.All(menu.Raw["reply_markup"]!["inline_keyboard"]!.AsArray(), row => Assert.Single(row!.AsArray()));
        Assert.Equal("https://www.comune.milano.it", menu.Buttons[3].Url);
    }

    [Fact]
    public async Task PressingButtons_ContinuesTheFlow()
    {
        await User.SendTextAsync(_token, 1002, "/start");
        var menu = (await User.WaitForMessagesAsync(_token, 1002, 1))[0];

        await User.PressAsync(_token, 1002, menu, "SPID");
        var question = (await User.WaitForMessagesAsync(_token, 1002, 2))[1];
        Assert.Equal("Hai già un documento valido?", question.Text);

        await User.PressAsync(_token, 1002, question, "Sì");
        var answer = (await User.WaitForMessagesAsync(_token, 1002, 3))[2];
        Assert.Equal("Bene! Puoi chiedere lo SPID online.", answer.Text);
    }

    [Fact]
    public async Task PressingButton_WhoseValueExceeds64Bytes_ReachesTheBotWithTheFullValue()
    {
        await User.SendTextAsync(_token, 1003, "/start");
        var menu = (await User.WaitForMessagesAsync(_token, 1003, 1))[0];
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(menu.Buttons.Single(b => b.Text == "Altro").CallbackData!) <= 64);

        await User.PressAsync(_token, 1003, menu, "Altro");

        Assert.Equal("Hai scelto: altro.", (await User.WaitForMessagesAsync(_token, 1003, 2))[1].Text);
    }

    [Fact]
    public async Task Question_GetsTheAnswerWithFormattingAsHtml()
    {
        await User.SendTextAsync(_token, 1004, "come attivo lo spid?");

        var answer = (await User.WaitForMessagesAsync(_token, 1004, 1)).Single();
        Assert.Contains("<b>SPID</b>", answer.Text, StringComparison.Ordinal);
        Assert.Contains("\n1. un documento valido\n2. la tessera sanitaria", answer.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.spid.gov.it/cos-e-spid/come-attivare-spid/\">AgID</a>", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoChatsInterleaved_StaySeparate()
    {
        await User.SendTextAsync(_token, 1005, "/start");
        await User.SendTextAsync(_token, 1006, "/start");
        var menuA = (await User.WaitForMessagesAsync(_token, 1005, 1))[0];
        await User.WaitForMessagesAsync(_token, 1006, 1);

        await User.PressAsync(_token, 1005, menuA, "SPID");
        await User.SendTextAsync(_token, 1006, "yes");
        var questionA = (await User.WaitForMessagesAsync(_token, 1005, 2))[1];
        await User.PressAsync(_token, 1005, questionA, "Sì");

        var chatA = await User.SettleAsync(_token, 1005, 3);
        var chatB = await User.SettleAsync(_token, 1006, 2);
        Assert.Equal(["Ciao! Scegli un servizio:", "Hai già un documento valido?", "Bene! Puoi chiedere lo SPID online."], chatA.Select(m => m.Text));
        Assert.Equal(["Ciao! Scegli un servizio:", "Non ho capito: yes"], chatB.Select(m => m.Text));
    }

    [Fact]
    public async Task TenThousandCharacterMessage_IsRefusedPolitely()
    {
        await User.SendTextAsync(_token, 1007, new string('a', 10_000));

        var reply = (await User.SettleAsync(_token, 1007, 1)).Single();
        Assert.StartsWith("Il messaggio è troppo lungo per me.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EchoedMarkupCharacters_AreEscapedNotInterpreted()
    {
        await User.SendTextAsync(_token, 1008, "echo * _ [ ] < > & <b>x</b> [t](javascript:alert(1))");

        var reply = (await User.WaitForMessagesAsync(_token, 1008, 1)).Single();
        Assert.Equal("Hai scritto: * _ [ ] &lt; &gt; &amp; &lt;b&gt;x&lt;/b&gt; [t](javascript:alert(1))", reply.Text);
    }

    [Fact]
    public async Task LongReply_IsSplitAtSentenceEnds()
    {
        await User.SendTextAsync(_token, 1009, "lungo");

        var parts = await User.SettleAsync(_token, 1009, 4);
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096));
        Assert.All(parts, p => Assert.EndsWith("della risposta lunga.", p.Text, StringComparison.Ordinal));
        Assert.StartsWith("Questa è la frase numero 1 ", parts[0].Text, StringComparison.Ordinal);
        Assert.Contains("frase numero 300 ", parts[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photo_GetsTheKindWrittenOnlyReply()
    {
        await User.SendMessageAsync(_token, 1010, new JsonObject
        {
            ["photo"] = new JsonArray(new JsonObject { ["file_id"] = "abc", ["file_unique_id"] = "u", ["width"] = 90, ["height"] = 90 }),
        });

        var reply = (await User.SettleAsync(_token, 1010, 1)).Single();
        Assert.Equal("Per ora leggo solo i messaggi scritti. Puoi scrivermi la tua domanda?", reply.Text);
    }

    [Fact]
    public async Task SharedLocation_IsUsedForItsTurnButNeverStored()
    {
        await User.SendMessageAsync(_token, 1011, new JsonObject { ["location"] = new JsonObject { ["latitude"] = 45.4642, ["longitude"] = 9.19 } });

        var reply = (await User.SettleAsync(_token, 1011, 1)).Single();
        Assert.Equal("Hai condiviso una posizione.", reply.Text);
        var stored = await _host.Store.ReadTranscriptAsync("telegram:1011", 0, 10);
        Assert.NotEmpty(stored);
        Assert.All(stored, e => Assert.DoesNotContain("45.46", e.ActivityJson, StringComparison.Ordinal));
        Assert.Contains("location", stored[0].ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedContact_PhoneNumberAndNamesAreNeverStored()
    {
        await User.SendMessageAsync(_token, 1012, new JsonObject
        {
            ["contact"] = new JsonObject { ["phone_number"] = "+393331234567", ["first_name"] = "Giuseppina", ["last_name"] = "Verdi" },
        });

        Assert.Equal("Ricevuto, grazie.", (await User.SettleAsync(_token, 1012, 1)).Single().Text);
        var stored = string.Concat((await _host.Store.ReadTranscriptAsync("telegram:1012", 0, 10)).Select(e => e.ActivityJson))
            + string.Concat(_host.Store.Outbox.Select(m => m.ActivityJson));
        foreach (var leaked in new[] { "3331234567", "Giuseppina", "Verdi", "Maria" })
        {
            Assert.DoesNotContain(leaked, stored, StringComparison.Ordinal);
        }
    }
}
