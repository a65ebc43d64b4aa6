using ChatAssistant.Channels.DirectLine.Configuration;
using ChatAssistant.Channels.DirectLine.Conversations;
using ChatAssistant.Channels.DirectLine.Endpoints;
using ChatAssistant.Channels.DirectLine.Streaming;
using ChatAssistant.Channels.DirectLine.Tokens;
using ChatAssistant.Channels.WebChat;
using ChatAssistant.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine;

public static class DirectLineExtensions
{
    /// <summary>Direct Line 3.0, its signed tokens and the web chat page. Needs the turn pipeline, a store and an ITenantDirectory.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).Validate(
            o => o.TokenLifetimeMinutes > 0 && o.StreamStoreCheckSeconds > 0 && o.TokenRequestsPerMinute > 0 && o.MaxActivitiesPerSet > 0 && o.MaxActivityBytes > 0
                && !string.IsNullOrWhiteSpace(o.ChannelId) && !string.IsNullOrWhiteSpace(o.BotId),
            "DirectLine: TokenLifetimeMinutes, StreamStoreCheckSeconds, TokenRequestsPerMinute, MaxActivitiesPerSet and MaxActivityBytes must be positive; ChannelId and BotId must be set.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKey>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<ConversationNotifier>();
        // A store that knows of other hosts registers its own signals; otherwise nothing but this host writes.
        services.TryAddSingleton<ITranscriptSignals, LocalTranscriptSignals>();
        services.AddHostedService<TranscriptStreamBridge>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<ActivityStream>();
        services.AddSingleton<WebChatTokenLimiter>();
        services.AddSingleton<WebChatAssets>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy =>
            {
                var origins = directLine.Value.AllowedOrigins;
                _ = origins.Count == 0 ? policy.AllowAnyOrigin() : policy.WithOrigins([.. origins]);
                policy.WithMethods("GET", "POST")
                    .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")
                    .WithExposedHeaders("Retry-After");
            }));
        return services;
    }

    /// <summary>
    /// Maps /v3/directline, /api/webchat/token and /chat/{tenant}. Adds the WebSocket and CORS middleware it needs
    /// (call once, before app.Run).
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.MapDirectLineEndpoints();
        app.MapWebChatEndpoints();
        // A bad signing key setting surfaces at start-up, not on the first citizen.
        _ = app.Services.GetRequiredService<SigningKey>();
        return app;
    }
}
