using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Channels.Telegram.Receiving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatAssistant.Channels.Telegram.Bots;

/// <summary>
/// Introduces each bot to Telegram at start: who am I (getMe, for group mentions), the command menu in Italian and
/// English, and the webhook (set when PublicBaseUrl is known, removed in polling mode, since Telegram refuses
/// getUpdates while a webhook is set). Runs in the background with retries: Telegram being unreachable at boot
/// must not stop the host.
/// </summary>
public sealed class TelegramStartup(TelegramBots bots, TelegramWebhookSecrets secrets, TimeProvider clock, ILogger<TelegramStartup> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (bots.All.Count == 0)
        {
            logger.LogInformation("Telegram: no bot configured (Telegram:Bots is empty); running without Telegram.");
            return Task.CompletedTask;
        }

        logger.LogInformation("Telegram: {Count} bot(s): {Bots}", bots.All.Count,
            string.Join(", ", bots.All.Select(b => $"{b.Tenant} ({b.Options.Mode})")));
        return Task.WhenAll(bots.All.Select(bot => IntroduceWithRetriesAsync(bot, stoppingToken)));
    }

    private async Task IntroduceWithRetriesAsync(TelegramBot bot, CancellationToken stopping)
    {
        for (var attempt = 1; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await IntroduceAsync(bot, stopping);
                return;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                var wait = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(attempt, 9))));
                logger.LogWarning("{Bot}: start-up call to Telegram failed ({Reason}); trying again in {Seconds} s", bot, ex.Message, wait.TotalSeconds);
                await Task.Delay(wait, clock, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task IntroduceAsync(TelegramBot bot, CancellationToken stopping)
    {
        var me = await bot.Client.GetMe(stopping);
        bot.Username = me.Username;

        if (bot.Options.Mode == TelegramReceiveMode.Webhook && bot.Options.PublicBaseUrl is { Length: > 0 } publicUrl)
        {
            var url = publicUrl.TrimEnd('/') + TelegramWebhookEndpoints.PathFor(bot.Tenant);
            // Without a configured WebhookSecret, the generated one kept in the store: Telegram sends it back on every update.
            var secret = await secrets.ForAsync(bot, stopping);
            await bot.Client.SetWebhook(url, secretToken: secret, allowedUpdates: Wanted, cancellationToken: stopping);
            logger.LogInformation("{Bot}: webhook set to {Url} with {Kind} secret", bot, url,
                string.IsNullOrEmpty(bot.Options.WebhookSecret) ? "a generated" : "the configured");
        }
        else if (bot.Options.Mode == TelegramReceiveMode.Polling)
        {
            await bot.Client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stopping);
        }

        await bot.Client.SetMyCommands(Commands(italian: true), cancellationToken: stopping);
        await bot.Client.SetMyCommands(Commands(italian: true), languageCode: "it", cancellationToken: stopping);
        await bot.Client.SetMyCommands(Commands(italian: false), languageCode: "en", cancellationToken: stopping);
    }

    /// <summary>The command menu; the dialogs handle each command as text.</summary>
    public static IReadOnlyList<BotCommand> Commands(bool italian) =>
    [
        Command("start", italian ? "Inizia" : "Start"),
        Command("menu", italian ? "Menu dei servizi" : "Services menu"),
        Command("aiuto", italian ? "Come posso aiutarti" : "How I can help"),
        Command("operatore", italian ? "Parla con una persona" : "Talk to a person"),
        Command("lingua", italian ? "Cambia lingua" : "Change language"),
        Command("privacy", italian ? "I tuoi dati" : "Your data"),
        Command("annulla", italian ? "Annulla l'operazione" : "Cancel"),
    ];

    private static BotCommand Command(string name, string description) => new() { Command = name, Description = description };
}
