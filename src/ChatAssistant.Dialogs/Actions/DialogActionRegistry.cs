using ChatAssistant.Dialogs.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Dialogs.Actions;

/// <summary>Finds the registered action for a name.</summary>
public sealed class DialogActionRegistry(IServiceProvider services, IEnumerable<DialogActionName> names)
{
    public IReadOnlySet<string> Names { get; } = names.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);

    public IDialogAction Get(string name) =>
        Names.Contains(name)
            ? services.GetRequiredKeyedService<IDialogAction>(name)
            : throw new InvalidOperationException($"No dialog action is registered as '{name}'. Registered: {string.Join(", ", Names)}.");
}

public static class DialogActionServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TAction"/> as the action flows call <paramref name="name"/>.</summary>
    public static IServiceCollection AddDialogAction<TAction>(this IServiceCollection services, string name)
        where TAction : class, IDialogAction
    {
        services.AddKeyedSingleton<IDialogAction, TAction>(name);
        services.AddSingleton(new DialogActionName(name));
        return services;
    }

    /// <summary>What the registered parts of the bot require of the dialogs folder, read without building the container (for the CLI).</summary>
    public static DialogRequirements DialogRequirements(this IServiceCollection services) =>
        Validation.DialogRequirements.Combine(
            services.Select(d => d.ImplementationInstance).OfType<DialogActionName>(),
            services.Select(d => d.ImplementationInstance).OfType<RequiredDialogContent>());
}
