using ChatAssistant.Channels.Telegram.Configuration;
using Telegram.Bot;

namespace ChatAssistant.Channels.Telegram.Bots;

/// <summary>One configured bot: its municipality, its API client, and what getMe told us.</summary>
public sealed class TelegramBot(TelegramBotOptions options, ITelegramBotClient client)
{
    public TelegramBotOptions Options { get; } = options;

    /// <summary>The municipality; also the outbox's bot id (one rate limiter per bot).</summary>
    public string Tenant => Options.Tenant;

    public ITelegramBotClient Client { get; } = client;

    /// <summary>The bot's numeric id, the digits before ':' in the token.</summary>
    public long Id => Client.BotId;

    /// <summary>Without '@'. Null until getMe answered; needed to tell whether a group message mentions the bot.</summary>
    public string? Username { get; set; }

    public override string ToString() => $"Telegram bot of {Tenant}";
}
