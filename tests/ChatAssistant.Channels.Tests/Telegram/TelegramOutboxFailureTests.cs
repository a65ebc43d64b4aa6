using System.Net;
using System.Text;
using ChatAssistant.Channels.Outbox;
using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Channels.Telegram.Sending;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;

namespace ChatAssistant.Channels.Tests.Telegram;

/// <summary>Issue 18, point 7: a poison message is set aside, a long reply resumes from its failed part, unreachable citizens are skipped.</summary>
public sealed class TelegramOutboxFailureTests
{
    private const string Accepted = """{"ok":true,"result":{"message_id":1,"date":1700000000,"chat":{"id":555,"type":"private"},"text":"x"}}""";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore _store = new();
    private readonly ScriptedTelegram _telegram = new();
    private readonly OutboxRateLimiter _limiter;
    private readonly TelegramDelivery _delivery;
    private readonly TelegramBot _bot;

    public TelegramOutboxFailureTests()
    {
        _limiter = new OutboxRateLimiter(_clock, 1000, TimeSpan.FromSeconds(1), TimeSpan.Zero);
        _delivery = new TelegramDelivery(_store, _store, _clock, Options.Create(new TelegramOptions { Sending = new TelegramSendingOptions { MaxAttempts = 3 } }),
            NullLogger<TelegramDelivery>.Instance);
        _bot = new TelegramBot(new TelegramBotOptions { Tenant = "milano", Token = "1:x" },
            new TelegramBotClient(new TelegramBotClientOptions("1:x"), new HttpClient(_telegram)));
    }

    [Fact]
    public async Task Deliver_UnexpectedFailureEveryTime_IsSetAsideAfterMaxAttemptsAndTheChatMovesOn()
    {
        await EnqueueAsync("m1", "primo");
        await EnqueueAsync("m2", "secondo");
        _telegram.Next.Enqueue(() => throw new InvalidOperationException("a bug"));
        _telegram.Next.Enqueue(() => throw new InvalidOperationException("a bug"));
        _telegram.Next.Enqueue(() => throw new InvalidOperationException("a bug"));

        var outcomes = new List<DeliveryOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add(await ClaimAndDeliverAsync());
        }

        Assert.Equal([DeliveryOutcome.Rescheduled, DeliveryOutcome.Rescheduled, DeliveryOutcome.Failed, DeliveryOutcome.Sent], outcomes);
        Assert.Equal(OutboxStatus.Failed, _store.Outbox.Single(m => m.Id == "m1").Status);
        Assert.Equal(OutboxStatus.Sent, _store.Outbox.Single(m => m.Id == "m2").Status);
    }

    // retry_after above Telegram.Bot's own retry threshold (60 s), so the outbox sees the 429.
    [Theory]
    [InlineData(429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 120","parameters":{"retry_after":120}}""")]
    [InlineData(502, """{"ok":false,"error_code":502,"description":"Bad Gateway"}""")]
    public async Task Deliver_LongReplyFailingOnALaterPart_ResumesFromThatPart(int status, string body)
    {
        await EnqueueAsync("long", string.Concat(Enumerable.Range(1, 300).Select(i => $"Questa è la frase numero {i} della risposta lunga. ")));
        _telegram.Next.Enqueue(() => (200, Accepted));
        _telegram.Next.Enqueue(() => (status, body));

        var first = await ClaimAndDeliverAsync();
        var second = await ClaimAndDeliverAsync();

        Assert.Equal((DeliveryOutcome.Rescheduled, DeliveryOutcome.Sent), (first, second));
        var accepted = _telegram.AcceptedBodies;
        Assert.Equal(4, accepted.Count);
        Assert.Single(accepted, b => b.Contains("frase numero 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliver_CalendarFileFailingAfterTheText_RetrySendsTheSameFileAndNotTheTextAgain()
    {
        const string ics = "BEGIN:VCALENDAR\r\nSUMMARY:Tessera sanitaria\r\nEND:VCALENDAR\r\n";
        await _store.EnqueueAsync([new OutboxMessage
        {
            Id = "booked", BotId = "milano", ChannelId = ChannelIds.Telegram, ChatId = "555",
            ActivityJson = ActivityJson.Serialize(new Activity
            {
                Type = ActivityTypes.Message, Text = "Prenotato: codice ABC234.", Conversation = new ConversationAccount { Id = "555" },
                Attachments = [new Attachment { ContentType = "text/calendar", Name = "appuntamento-ABC234.ics", Content = System.Text.Json.JsonSerializer.SerializeToElement(ics) }],
            }),
            CreatedAt = _clock.GetUtcNow(), NotBefore = _clock.GetUtcNow(),
        }]);
        _telegram.Next.Enqueue(() => (200, Accepted));
        _telegram.Next.Enqueue(() => (502, """{"ok":false,"error_code":502,"description":"Bad Gateway"}"""));

        var outcomes = (await ClaimAndDeliverAsync(), await ClaimAndDeliverAsync());

        Assert.Equal((DeliveryOutcome.Rescheduled, DeliveryOutcome.Sent), outcomes);
        Assert.Equal(2, _telegram.AcceptedBodies.Count);
        Assert.Contains("Prenotato", _telegram.AcceptedBodies[0], StringComparison.Ordinal);
        Assert.Contains("filename=\"appuntamento-ABC234.ics\"", _telegram.AcceptedBodies[1], StringComparison.Ordinal);
        Assert.Contains(ics, _telegram.AcceptedBodies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_ToACitizenWhoBlockedTheBot_IsSkippedWithoutCallingTelegram()
    {
        await _store.UpsertAsync(new Citizen
        {
            Id = Citizen.IdFor("milano", ChannelIds.Telegram, "555"), TenantId = "milano", ChannelId = ChannelIds.Telegram, ChannelUserId = "555", Reachable = false,
        });
        await EnqueueAsync("reminder", "Domani hai un appuntamento.");

        var outcome = await ClaimAndDeliverAsync();

        Assert.Equal(DeliveryOutcome.Failed, outcome);
        Assert.Empty(_telegram.AcceptedBodies);
        Assert.Contains("Unreachable", _store.Outbox.Single().LastError, StringComparison.Ordinal);
    }

    private Task EnqueueAsync(string id, string text) => _store.EnqueueAsync([new OutboxMessage
    {
        Id = id, BotId = "milano", ChannelId = ChannelIds.Telegram, ChatId = "555",
        ActivityJson = ActivityJson.Serialize(new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount { Id = "555" } }),
        CreatedAt = _clock.GetUtcNow(), NotBefore = _clock.GetUtcNow(),
    }]);

    private async Task<DeliveryOutcome> ClaimAndDeliverAsync()
    {
        _clock.Advance(TimeSpan.FromMinutes(10));
        var claimed = (await _store.ClaimDueAsync("milano", _clock.GetUtcNow(), 1, _clock.GetUtcNow().AddSeconds(30))).Single();
        return await _delivery.DeliverAsync(_bot, claimed, _limiter, _clock.GetUtcNow().AddSeconds(30), CancellationToken.None);
    }

    private sealed class ScriptedTelegram : HttpMessageHandler
    {
        /// <summary>Answers for the next requests, in order; then every request is accepted.</summary>
        public Queue<Func<(int Status, string Body)>> Next { get; } = new();

        public List<string> AcceptedBodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var (status, answer) = Next.TryDequeue(out var next) ? next() : (200, Accepted);
            if (status == 200)
            {
                AcceptedBodies.Add(body);
            }

            return new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
