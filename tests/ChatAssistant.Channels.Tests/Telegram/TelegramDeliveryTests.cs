using System.Net;
using System.Text;
using ChatAssistant.Channels.Outbox;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Channels.Telegram.Sending;
using ChatAssistant.Channels.Tests.Telegram.Harness;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;

namespace ChatAssistant.Channels.Tests.Telegram;

/// <summary>What happens to one outbox message for each answer Telegram can give.</summary>
public sealed class TelegramDeliveryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore _store = new();
    private readonly ScriptedTelegram _telegram = new();
    private readonly OutboxRateLimiter _limiter;
    private readonly TelegramDelivery _delivery;
    private readonly TelegramBot _bot;

    public TelegramDeliveryTests()
    {
        _limiter = new OutboxRateLimiter(_clock, 30, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        _delivery = new TelegramDelivery(_store, _store, _clock, Options.Create(new TelegramOptions()), NullLogger<TelegramDelivery>.Instance);
        _bot = new TelegramBot(new TelegramBotOptions { Tenant = "milano", Token = "1:x" },
            new TelegramBotClient(new TelegramBotClientOptions("1:x"), new HttpClient(_telegram)));
    }

    [Fact]
    public async Task Deliver_Accepted_IsMarkedSentAndSentAsHtml()
    {
        var outcome = await DeliverAsync();

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        Assert.Equal(OutboxStatus.Sent, Stored().Status);
        Assert.Contains("\"parse_mode\":\"html\"", _telegram.Bodies.Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Ciao \\u003Cb\\u003EMaria\\u003C/b\\u003E \\u0026lt;3", _telegram.Bodies.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_429_ReschedulesAfterRetryAfterAndPausesTheWholeBot()
    {
        _telegram.Answer(429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");

        var outcome = await DeliverAsync();

        Assert.Equal(DeliveryOutcome.Rescheduled, outcome);
        Assert.Equal((OutboxStatus.Pending, _clock.GetUtcNow().AddSeconds(7)), (Stored().Status, Stored().NotBefore));
        Assert.Equal(TimeSpan.FromSeconds(7), _limiter.TryAcquire("another-chat", out _));
    }

    [Fact]
    public async Task Deliver_403_FailsAndMarksTheCitizenUnreachable()
    {
        await _store.UpsertAsync(new Citizen { Id = Citizen.IdFor("milano", ChannelIds.Telegram, "555"), TenantId = "milano", ChannelId = ChannelIds.Telegram, ChannelUserId = "555" });
        _telegram.Answer(403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

        var outcome = await DeliverAsync();

        Assert.Equal(DeliveryOutcome.Failed, outcome);
        Assert.Equal(OutboxStatus.Failed, Stored().Status);
        Assert.False((await _store.GetAsync("milano:telegram:555"))!.Reachable);
    }

    [Fact]
    public async Task Deliver_400_FailsWithTheReason()
    {
        _telegram.Answer(400, """{"ok":false,"error_code":400,"description":"Bad Request: can't parse entities"}""");

        var outcome = await DeliverAsync();

        Assert.Equal(DeliveryOutcome.Failed, outcome);
        Assert.Contains("can't parse entities", Stored().LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_NetworkError_RetriesLaterWithBackoff()
    {
        _telegram.Throw = true;

        var outcome = await DeliverAsync();

        Assert.Equal(DeliveryOutcome.Rescheduled, outcome);
        Assert.Equal((OutboxStatus.Pending, _clock.GetUtcNow().AddSeconds(2)), (Stored().Status, Stored().NotBefore));
    }

    private async Task<DeliveryOutcome> DeliverAsync()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Ciao **Maria** <3", Conversation = new ConversationAccount { Id = "555" } };
        await _store.EnqueueAsync([new OutboxMessage
        {
            Id = "m1", BotId = "milano", ChannelId = ChannelIds.Telegram, ChatId = "555", ActivityJson = ActivityJson.Serialize(reply),
            CreatedAt = _clock.GetUtcNow(), NotBefore = _clock.GetUtcNow(),
        }]);
        var claimed = (await _store.ClaimDueAsync("milano", _clock.GetUtcNow(), 10, _clock.GetUtcNow().AddSeconds(30))).Single();
        return await _delivery.DeliverAsync(_bot, claimed, _limiter, _clock.GetUtcNow().AddSeconds(30), CancellationToken.None);
    }

    private OutboxMessage Stored() => _store.Outbox.Single();

    private sealed class ScriptedTelegram : HttpMessageHandler
    {
        private (int Status, string Body) _answer = (200, """{"ok":true,"result":{"message_id":1,"date":1700000000,"chat":{"id":555,"type":"private"},"text":"x"}}""");

        public List<string> Bodies { get; } = [];

        public bool Throw { get; set; }

        public void Answer(int status, string body) => _answer = (status, body);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Throw)
            {
                throw new HttpRequestException("Connection refused");
            }

            Bodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage((HttpStatusCode)_answer.Status) { Content = new StringContent(_answer.Body, Encoding.UTF8, "application/json") };
        }
    }
}
