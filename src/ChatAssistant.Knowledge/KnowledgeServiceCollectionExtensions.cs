using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Recognition;
using ChatAssistant.Knowledge.Service;
using ChatAssistant.Knowledge.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// The knowledge engine: recognizer, language detector, answers, tenants, and the <see cref="KnowledgeService"/>
    /// that loads ChatAssistant:KnowledgeBasePath and reloads it on change (options in the "Knowledge" section).
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<ChatAssistantOptions>().BindConfiguration(ChatAssistantOptions.Section);
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .Validate(o => o.AbstainBelow is >= 0 and <= 1, "Knowledge:AbstainBelow must be between 0 and 1.")
            .Validate(o => o.SuggestAbove >= 0 && o.SuggestAbove <= o.AbstainBelow, "Knowledge:SuggestAbove must be between 0 and AbstainBelow.")
            .Validate(o => o.AlternativesRatio is > 0 and <= 1, "Knowledge:AlternativesRatio must be in (0, 1].")
            .Validate(o => o.MaxAlternatives >= 0, "Knowledge:MaxAlternatives must be 0 or more.")
            .Validate(o => o.ReloadDebounceMilliseconds >= 0, "Knowledge:ReloadDebounceMilliseconds must be 0 or more.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new KnowledgeService(
            ContentPaths.Resolve(provider.GetRequiredService<IOptions<ChatAssistantOptions>>().Value.KnowledgeBasePath),
            provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<KnowledgeService>>()));
        services.TryAddSingleton<ILanguageDetector, LanguageDetector>();
        services.TryAddSingleton<IRecognizer, KnowledgeRecognizer>();
        services.TryAddSingleton<IKnowledgeAnswers, KnowledgeAnswers>();
        services.TryAddSingleton<ITenantDirectory, TenantDirectory>();
        return services;
    }
}
