using System.Net;
using System.Text;
using ChatAssistant.Channels.Telegram.Receiving;
using ChatAssistant.Channels.Tests.Telegram.Harness;

namespace ChatAssistant.Channels.Tests.Telegram;

/// <summary>
/// Webhook mode. milano's bot registers its webhook with the emulator (which sends no secret header);
/// cremona's bot has a secret and receives updates posted by the test directly.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class TelegramWebhookTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const string Secret = "s3cret_-Token";
    private readonly string _milano = TelegramTestHost.NewToken();
    private readonly string _cremona = TelegramTestHost.NewToken();
    private readonly HttpClient _http = new();
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TelegramTestHost.StartAsync(emulator.BaseUrl,
        ("milano", _milano, "Webhook", null, true),
        ("cremona", _cremona, "Webhook", Secret, false));

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_WithoutConfiguredSecret_RegistersAGeneratedOneAndRefusesForgedUpdates()
    {
        // setWebhook runs in the background at start.
        string? registered = null;
        for (var i = 0; i < 100 && !EmulatorBridgeHandler.RegisteredWebhookSecrets.TryGetValue(_milano, out registered); i++)
        {
            await Task.Delay(50);
        }

        var stored = await _host.Store.GetOrCreateAsync(TelegramWebhookSecrets.NameFor("milano"), () => "none");
        Assert.NotNull(registered);
        Assert.True(registered.Length >= 40, "the generated secret is long");
        Assert.Equal(stored, registered);

        using var forged = await PostAsync("milano", Update(3101, 2001, "/start"), secret: null);
        using var guessed = await PostAsync("milano", Update(3102, 2001, "/start"), "guess");
        using var genuine = await PostAsync("milano", Update(3103, 2001, "/start"), registered);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        var menu = Assert.Single(await emulator.User.SettleAsync(_milano, 2001, 1));
        Assert.Equal("Ciao! Scegli un servizio:", menu.Text);
    }

    [Fact]
    public async Task Post_WithWrongSecret_Is401AndNotAnswered()
    {
        using var wrong = await PostAsync("cremona", Update(3001, 2002, "/start"), "wrong");
        using var missing = await PostAsync("cremona", Update(3002, 2002, "/start"), secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Empty(await emulator.User.SettleAsync(_cremona, 2002, 0));
    }

    [Fact]
    public async Task Post_MalformedJson_Is400()
    {
        using var broken = await PostAsync("cremona", "{\"update_id\": 1, \"message\": {", Secret);
        using var notAnUpdate = await PostAsync("cremona", "[1,2,3]", Secret);
        using var empty = await PostAsync("cremona", "", Secret);
        using var dateOutOfRange = await PostAsync("cremona", """{"update_id": 9, "message": {"message_id": 1, "date": 879540815001100, "chat": {"id": 1, "type": "private"}}}""", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnUpdate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, dateOutOfRange.StatusCode);
    }

    [Fact]
    public async Task Post_UpdateTypeWeDoNotHandle_Is200AndIgnored()
    {
        const string edited = """{"update_id": 3003, "edited_message": {"message_id": 1, "date": 1700000000, "chat": {"id": 2003, "type": "private"}, "from": {"id": 2003, "is_bot": false, "first_name": "M"}, "text": "ciao"}}""";

        using var response = await PostAsync("cremona", edited, Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await emulator.User.SettleAsync(_cremona, 2003, 0));
    }

    [Fact]
    public async Task Post_SameUpdateTwice_GetsOneReply()
    {
        var update = Update(3004, 2004, "/start");

        using var first = await PostAsync("cremona", update, Secret);
        using var again = await PostAsync("cremona", update, Secret);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await emulator.User.SettleAsync(_cremona, 2004, 1));
    }

    [Fact]
    public async Task Post_ChunkedBodyOverOneMegabyte_Is413()
    {
        using var content = new StreamContent(new MemoryStream(Enumerable.Repeat((byte)' ', 3 * 1024 * 1024).ToArray()));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.BaseUrl, TelegramWebhookEndpoints.PathFor("cremona"))) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add(TelegramWebhookEndpoints.SecretHeader, Secret);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ForATenantWithoutWebhookBot_Is404()
    {
        using var response = await PostAsync("roma", Update(3005, 2005, "/start"), Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Update(int updateId, long chatId, string text) =>
        $$"""{"update_id": {{updateId}}, "message": {"message_id": 5, "date": 1700000000, "chat": {"id": {{chatId}}, "type": "private"}, "from": {"id": {{chatId}}, "is_bot": false, "first_name": "Maria", "language_code": "it"}, "text": "{{text}}"} }""";

    private async Task<HttpResponseMessage> PostAsync(string tenant, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.BaseUrl, TelegramWebhookEndpoints.PathFor(tenant)))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoints.SecretHeader, secret);
        }

        return await _http.SendAsync(request);
    }
}
