using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Leases;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Proactive;
using ChatAssistant.Core.Signals;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Validation;
using ChatAssistant.Handoff.Api;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Escalation;
using ChatAssistant.Handoff.Hours;
using ChatAssistant.Handoff.Queue;
using ChatAssistant.Handoff.Relay;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Handoff;

public static class HandoffServiceCollectionExtensions
{
    /// <summary>
    /// Handoff to volunteers: the escalation action (<c>handoff.offer</c>, replacing the bot's fallback), the pipeline
    /// step that routes a held conversation to its ticket, the queue monitor, the relay and presence. Register after
    /// <c>AddTurnPipeline()</c> and <c>AddBot()</c>; the storage engine registers <see cref="Storage.IHandoffStore"/>.
    /// </summary>
    public static IServiceCollection AddHandoff(this IServiceCollection services)
    {
        services.AddOptions<ChatAssistantOptions>().BindConfiguration(ChatAssistantOptions.Section);
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section)
            .Validate(o => o.VolunteerCapacity is > 0 and <= 50, "ChatAssistant:Handoff:VolunteerCapacity must be between 1 and 50.")
            .Validate(o => o.DefaultClaimTimeoutMinutes > 0 && o.DefaultHandlingMinutes > 0 && o.MonitorIntervalSeconds > 0,
                "ChatAssistant:Handoff: DefaultClaimTimeoutMinutes, DefaultHandlingMinutes and MonitorIntervalSeconds must be positive.")
            .Validate(o => o.TellPositionChange > 0 && o.TellWaitChangeMinutes > 0 && o.RecentMessages is > 0 and <= 200 && o.MaxMessageLength is > 0 and < 10_000,
                "ChatAssistant:Handoff: TellPositionChange and TellWaitChangeMinutes must be positive, RecentMessages 1-200, MaxMessageLength 1-9999.")
            .Validate(o => o.PresenceHeartbeatSeconds > 0 && o.PresenceExpirySeconds >= 2 * o.PresenceHeartbeatSeconds,
                "ChatAssistant:Handoff: PresenceHeartbeatSeconds must be positive, PresenceExpirySeconds at least twice it.")
            .ValidateOnStart();

        // Every municipality's handoff.yaml is read at start-up: a wrong hour stops the host naming the file, instead
        // of failing a citizen's escalation later.
        services.AddOptions<HandoffSettingsCheck>()
            .Validate<HandoffSettings, ITenantDirectory>((_, settings, tenants) => tenants.All.All(t => settings.For(t.Id) is not null), "unreachable")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLeasedWork();
        services.TryAddSingleton<HandoffSettings>();
        services.TryAddSingleton<VolunteerPresence>();
        services.TryAddSingleton<IVolunteerPresence>(sp => sp.GetRequiredService<VolunteerPresence>());
        services.AddHostedService<PresenceHeartbeat>();
        // One process (the embedded store): events stay in memory. PostgreSQL registers its LISTEN/NOTIFY signals first.
        services.TryAddSingleton<IHostSignals, LocalHostSignals>();
        services.TryAddSingleton<HandoffFeed>();
        services.TryAddSingleton<HandoffTexts>();
        services.TryAddSingleton<ProactiveMessenger>();
        services.TryAddSingleton<CitizenMessenger>();
        services.TryAddSingleton<QueueEstimator>();
        services.TryAddSingleton<TicketCommands>();
        services.TryAddSingleton<TicketOpener>();
        services.TryAddSingleton<QueueMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueMonitor>());
        services.TryAddSingleton<CitizenMessageForwarder>();
        services.AddHostedService(sp => sp.GetRequiredService<CitizenMessageForwarder>());
        services.AddSingleton<ITurnMiddleware, HandoffRouter>();
        // Replaces the "nobody holds a chat" default of the capabilities that send on their own (reminders, announcements).
        services.Replace(ServiceDescriptor.Singleton<IConversationHold, TicketHold>());
        services.AddDialogAction<HandoffOfferAction>(HandoffOfferAction.Name);
        services.AddSingleton(new RequiredDialogContent([], HandoffTextKeys.All));
        return services;
    }

    /// <summary>Carries no settings: it exists so start-up validation reads every tenant's handoff.yaml.</summary>
    private sealed class HandoffSettingsCheck;

    /// <summary>The /api/handoff endpoints (see <see cref="HandoffApi"/>).</summary>
    public static IEndpointRouteBuilder MapHandoff(this IEndpointRouteBuilder app) => app.MapHandoffApi();
}
