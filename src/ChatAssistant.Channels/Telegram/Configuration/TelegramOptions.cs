namespace ChatAssistant.Channels.Telegram.Configuration;

/// <summary>
/// The "Telegram" section. No bot configured means the host runs without Telegram.
/// Environment form: <c>Telegram__Bots__0__Tenant=milano</c>, <c>Telegram__Bots__0__Token=123:abc</c>.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>One bot per municipality. Default: none.</summary>
    public List<TelegramBotOptions> Bots { get; set; } = [];

    /// <summary>How the outbox leaves: rate limits, leases and retries. Shared by every bot, applied per bot.</summary>
    public TelegramSendingOptions Sending { get; set; } = new();

    /// <summary>Long polling tuning.</summary>
    public TelegramPollingOptions Polling { get; set; } = new();
}

public enum TelegramReceiveMode
{
    /// <summary>Our own getUpdates loop: works behind NAT and needs no public address. The default.</summary>
    Polling,
    /// <summary>Telegram POSTs to /telegram/{tenant}/webhook.</summary>
    Webhook,
}

public sealed class TelegramBotOptions
{
    /// <summary>The municipality this bot answers for; must be a known tenant.</summary>
    public string Tenant { get; set; } = "";

    /// <summary>The token from @BotFather, shaped digits:secret. Secret: never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Optional: a local Bot API server or a test emulator. Default: Telegram's own (https://api.telegram.org).</summary>
    public string? ApiBaseUrl { get; set; }

    public TelegramReceiveMode Mode { get; set; } = TelegramReceiveMode.Polling;

    /// <summary>
    /// Webhook mode: the value Telegram sends in X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -).
    /// Optional: without it a strong secret is generated once, kept in the store and registered with setWebhook.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: the public https address of this host; when set, setWebhook is called at start.</summary>
    public string? PublicBaseUrl { get; set; }
}

public sealed class TelegramSendingOptions
{
    /// <summary>At most this many messages in any window of <see cref="RateWindowMilliseconds"/>, per bot (Telegram: about 30/s).</summary>
    public int MaxMessagesPerWindow { get; set; } = 30;

    /// <summary>
    /// The sliding window, counted from each send's completion (so delays on the way cannot bunch sends up).
    /// A little over one second as a margin for Telegram's own clock.
    /// </summary>
    public int RateWindowMilliseconds { get; set; } = 1020;

    /// <summary>Minimum gap between two messages to the same chat (Telegram: about 1/s).</summary>
    public int PerChatIntervalMilliseconds { get; set; } = 1000;

    /// <summary>How many messages one claim takes from the store.</summary>
    public int ClaimBatchSize { get; set; } = 30;

    /// <summary>Claimed messages not yet sent, at most. Small so a crash leaves little waiting for its lease.</summary>
    public int MaxInFlight { get; set; } = 30;

    /// <summary>A claimed message returns to the queue after this long if its sender died.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Wait between claims when nothing is due.</summary>
    public int IdlePollMilliseconds { get; set; } = 200;

    /// <summary>Network and server errors are retried with exponential backoff up to this many attempts, then the message fails.</summary>
    public int MaxAttempts { get; set; } = 8;

    public int RetryBaseSeconds { get; set; } = 2;

    public int RetryMaxSeconds { get; set; } = 300;
}

public sealed class TelegramPollingOptions
{
    /// <summary>getUpdates long-poll timeout.</summary>
    public int TimeoutSeconds { get; set; } = 25;

    /// <summary>Pause after an empty batch that came back at once (a server that ignores the timeout must not make us spin).</summary>
    public int EmptyBatchDelayMilliseconds { get; set; } = 500;

    /// <summary>Backoff after errors doubles from <see cref="BackoffBaseMilliseconds"/> up to this.</summary>
    public int MaxBackoffSeconds { get; set; } = 60;

    /// <summary>The first wait after a failure of the network or of the store; it doubles on each failure in a row.</summary>
    public int BackoffBaseMilliseconds { get; set; } = 1000;

    /// <summary>
    /// An update that fails this many times on its own (the store healthy, the network fine) is set aside alone, with
    /// an error log line naming it, so its chat and every other chat go on.
    /// </summary>
    public int PoisonAttempts { get; set; } = 3;
}
