using ChatAssistant.Channels.Telegram.Receiving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatAssistant.Channels.Telegram;

public static class TelegramEndpointRouteBuilderExtensions
{
    /// <summary>POST /telegram/{tenant}/webhook for the bots in Webhook mode (see <see cref="TelegramWebhookEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapTelegramWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost(TelegramWebhookEndpoints.Route, TelegramWebhookEndpoints.HandleAsync).ExcludeFromDescription();
        return app;
    }
}
