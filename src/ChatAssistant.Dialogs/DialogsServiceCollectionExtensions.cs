using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Commands;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Dialogs.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// The flows and texts of ChatAssistant:DialogsPath, loaded and validated when the host starts (a broken flow
    /// stops the start-up with file and line), the engine, the global words, and <see cref="IBotTexts"/>.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<ChatAssistantOptions>().BindConfiguration(ChatAssistantOptions.Section);
        services.TryAddSingleton(sp => DialogCatalog.Load(
            ContentPaths.Resolve(sp.GetRequiredService<IOptions<ChatAssistantOptions>>().Value.DialogsPath),
            Validation.DialogRequirements.Combine(sp.GetServices<DialogActionName>(), sp.GetServices<RequiredDialogContent>())));
        services.TryAddSingleton<IBotTexts>(sp => sp.GetRequiredService<DialogCatalog>().Texts);
        services.TryAddSingleton(sp => new DialogEngine(sp.GetRequiredService<DialogCatalog>()));
        services.TryAddSingleton(sp => new GlobalCommands(sp.GetRequiredService<IBotTexts>()));
        services.TryAddSingleton<DialogActionRegistry>();

        // The host runs options validation at start-up: loading the catalog there makes a broken flow stop the start.
        services.AddOptions<DialogsStartupCheck>()
            .Validate<DialogCatalog>((_, catalog) => catalog.Flows.Count > 0, "The dialogs folder has no flows.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Carries no settings: it exists so the start-up validation loads the flows.</summary>
    private sealed class DialogsStartupCheck;
}
