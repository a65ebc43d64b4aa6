using ChatAssistant.Channels.Tests.Telegram.Harness;

namespace ChatAssistant.Channels.Tests.Telegram;

/// <summary>Issue 18, point 4: polling never drops updates for a failure of the store, and sets a poison update aside alone.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class TelegramPollingFailureTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private readonly string _token = TelegramTestHost.NewToken();
    private TelegramTestHost _host = null!;

    private EmulatorUser User => emulator.User;

    public async Task InitializeAsync() => _host = await TelegramTestHost.StartAsync(emulator.BaseUrl, ("milano", _token, "Polling", null, false));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StoreDownForManyAttempts_DropsNoUpdateOfAnyChat()
    {
        // Far more failures than the poison limit: they are the store's, not the updates'.
        _host.Store.FailNextCommits(7);
        await User.SendTextAsync(_token, 4101, "/start");
        await User.SendTextAsync(_token, 4102, "echo uno");

        Assert.Equal("Ciao! Scegli un servizio:", (await User.WaitForMessagesAsync(_token, 4101, 1)).Single().Text);
        Assert.Equal("Hai scritto: uno", (await User.WaitForMessagesAsync(_token, 4102, 1)).Single().Text);
    }

    [Fact]
    public async Task PoisonUpdate_IsSetAsideAloneAndItsChatGoesOn()
    {
        await User.SendTextAsync(_token, 4103, "boom");
        await User.SendTextAsync(_token, 4103, "echo dopo");
        await User.SendTextAsync(_token, 4104, "echo altra chat");

        Assert.Equal("Hai scritto: altra chat", (await User.WaitForMessagesAsync(_token, 4104, 1)).Single().Text);
        Assert.Equal("Hai scritto: dopo", (await User.SettleAsync(_token, 4103, 1)).Single().Text);
    }
}
