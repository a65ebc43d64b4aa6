using ChatAssistant.Core.Events;
using ChatAssistant.Core.Pipeline.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Core.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// The turn pipeline and its middleware, in order: redact first (nothing unredacted is stored, even a
    /// dropped message), then throttle floods, then pick the language.
    /// </summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).Validate(
            o => o.MaxTextLength > 0 && o.FloodMaxMessages > 0 && o.FloodWindowSeconds > 0,
            "ChatAssistant:Pipeline: MaxTextLength, FloodMaxMessages and FloodWindowSeconds must be positive.").ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITurnMiddleware, SecretRedaction>();
        services.AddSingleton<ITurnMiddleware, FloodGuard>();
        services.AddSingleton<ITurnMiddleware, LanguageSelection>();
        services.TryAddSingleton<IUsageEvents>(NoUsageEvents.Instance);
        services.AddSingleton<TurnPipeline>();
        return services;
    }
}
