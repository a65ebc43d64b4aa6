using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Channels.Telegram.Configuration;
using ChatAssistant.Channels.Telegram.Receiving;
using ChatAssistant.Channels.Telegram.Sending;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Leases;
using ChatAssistant.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram channel: bots from the "Telegram" section (validated at start), long polling, the webhook
    /// handler (map it with <see cref="TelegramWebhookEndpoints.MapTelegramWebhooks"/>), and the rate-limited outbox
    /// sender. Turns Telegram replies into outbox messages committed with their turn. With no bot configured
    /// everything stays idle and one log line says so.
    /// </summary>
    /// <param name="configureHttpClient">Adds handlers to the bots' HTTP client (tests: an emulator bridge; a proxy).</param>
    public static IServiceCollection AddTelegram(this IServiceCollection services, Action<IHttpClientBuilder>? configureHttpClient = null)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.PostConfigure<PipelineOptions>(o =>
        {
            if (!o.OutboxChannels.Contains(ChannelIds.Telegram))
            {
                o.OutboxChannels.Add(ChannelIds.Telegram);
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddLeasedWork();

        var http = services.AddHttpClient(TelegramBots.HttpClientName).RemoveAllLoggers();
        configureHttpClient?.Invoke(http);

        services.TryAddSingleton<TelegramBots>();
        services.TryAddSingleton<TelegramWebhookSecrets>();
        services.TryAddSingleton<EdgeTexts>();
        services.TryAddSingleton<CallbackValueResolver>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.Replace(ServiceDescriptor.Singleton<ChatAssistant.Core.Files.IChannelFiles, Files.TelegramFiles>());
        services.TryAddSingleton<TelegramDelivery>();
        services.TryAddSingleton<ChatAssistant.Core.Outbox.IChannelMessageDeleter, TelegramMessageDeleter>();
        services.AddHostedService<TelegramStartup>();
        services.AddHostedService<TelegramPollingService>();
        services.AddHostedService<TelegramOutboxSender>();
        return services;
    }
}
