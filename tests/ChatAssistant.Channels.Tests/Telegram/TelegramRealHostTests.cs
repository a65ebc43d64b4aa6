using System.Text.Json.Nodes;
using ChatAssistant.Channels.Tests.Telegram.Harness;

namespace ChatAssistant.Channels.Tests.Telegram;

/// <summary>End to end through the host's real composition: LiteDB store, knowledge base, dialogs and bot.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TelegramRealHostTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private readonly string _token = TelegramTestHost.NewToken();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "tg-e2e-" + Guid.NewGuid().ToString("N"));
    private TelegramTestHost _host = null!;

    private EmulatorUser User => emulator.User;

    public async Task InitializeAsync() => _host = await TelegramTestHost.StartRealAsync(emulator.BaseUrl, _data, _token);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Start_ThenPressingTheFirstButton_TheRealBotAnswersThroughTheOutbox()
    {
        await User.SendTextAsync(_token, 4001, "/start");
        var welcome = await User.SettleAsync(_token, 4001, 1);
        var menu = welcome.Last(m => m.Buttons.Any(b => b.CallbackData is not null));
        Assert.All(menu.Raw["reply_markup"]!["inline_keyboard"]!.AsArray(), row => Assert.Single(row!.AsArray()));

        await User.PressAsync(_token, 4001, menu, menu.Buttons.First(b => b.CallbackData is not null).Text);

        var after = await User.WaitForMessagesAsync(_token, 4001, welcome.Count + 1);
        Assert.True(after.Count > welcome.Count);
        Assert.All(after, m => Assert.False(string.IsNullOrWhiteSpace(m.Text)));
    }

    [Fact]
    public async Task Question_TheRealKnowledgeBaseAnswers()
    {
        await User.SendTextAsync(_token, 4002, "Come faccio ad attivare lo SPID?");

        var replies = await User.SettleAsync(_token, 4002, 1);
        Assert.Contains(replies, m => m.Text.Contains("SPID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VoiceNote_GetsTheKindWrittenOnlyReply()
    {
        await User.SendMessageAsync(_token, 4003, new JsonObject
        {
            ["voice"] = new JsonObject { ["file_id"] = "v", ["file_unique_id"] = "u", ["duration"] = 4 },
        });

        var replies = await User.SettleAsync(_token, 4003, 1);
        Assert.Contains(replies, m => m.Text.StartsWith("Per ora leggo solo i messaggi scritti.", StringComparison.Ordinal));
    }
}
