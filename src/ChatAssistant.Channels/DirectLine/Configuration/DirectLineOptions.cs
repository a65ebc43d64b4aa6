namespace ChatAssistant.Channels.DirectLine.Configuration;

/// <summary>
/// The "DirectLine" section: the Direct Line 3.0 endpoint under /v3/directline and the web chat page.
/// Environment form: <c>DirectLine__Secrets__milano=long-random-secret</c>.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// Site secrets per municipality (tenant id → secret). A server holding the secret may call tokens/generate or
    /// start a conversation directly. The secret never goes to a browser. Default: none (only /api/webchat/token issues tokens).
    /// </summary>
    public Dictionary<string, string> Secrets { get; set; } = [];

    /// <summary>Base64 HMAC key (at least 32 bytes) that signs tokens and citizen ids. Default: generated once into &lt;DataDirectory&gt;/directline-signing.key.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a token is valid; tokens/refresh extends it. Default: 30 minutes.</summary>
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>
    /// The absolute life of a web chat session: refreshing a token never extends it past this many hours from the
    /// conversation's first token, and an open stream closes when its token expires. Default: 24.
    /// </summary>
    public int TokenMaxLifetimeHours { get; set; } = 24;

    /// <summary>The channelId of activities from this channel. Default: "directline".</summary>
    public string ChannelId { get; set; } = "directline";

    /// <summary>The bot's account id shown to clients (from.id of replies). Default: "chatassistant".</summary>
    public string BotId { get; set; } = "chatassistant";

    /// <summary>
    /// Other origins allowed to call /v3/directline and /api/webchat/token from a browser (a municipality's site embedding
    /// its own Web Chat). Default: empty = only this host's own pages.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Token requests per minute per client address on /api/webchat/token. Default: 10.</summary>
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>Activities of any type a client address may post per minute (IPv6 counted by /64). Default: 120.</summary>
    public int ActivitiesPerMinutePerAddress { get; set; } = 120;

    /// <summary>Activities of any type one conversation may post per minute. Default: 60.</summary>
    public int ActivitiesPerMinutePerConversation { get; set; } = 60;

    /// <summary>Most activities in one response or WebSocket message. Default: 100.</summary>
    public int MaxActivitiesPerSet { get; set; } = 100;

    /// <summary>Largest accepted activity body in bytes. Default: 65536.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// An open stream with nothing new checks the store this often anyway, for activities written by another host
    /// (a volunteer's reply) that this host's in-memory notifier never heard of. Default: 10 seconds.
    /// </summary>
    public int StreamStoreCheckSeconds { get; set; } = 10;

    /// <summary>Path of Web Chat's bundle (webchat.js). Default: empty = &lt;app folder&gt;/wwwroot/webchat/webchat.js, copied there by the host build.</summary>
    public string? WebChatScriptPath { get; set; }
}
