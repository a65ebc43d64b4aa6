using ChatAssistant.Announcements.Api;
using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Core.Leases;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Signals;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    /// <summary>
    /// Neighbourhood announcements: the neighbourhoods of every tenant (knowledge-base/comuni/*/quartieri.yaml),
    /// composing, delivery through the Telegram outbox by the holder of the "announcements" lease, scheduled sends as
    /// Hangfire jobs over records in the store (with a reconciler), and the per-recipient records the outbox sender
    /// updates. The store (IAnnouncementStore) and, for several hosts, IHostSignals come with the storage engine;
    /// Hangfire with the host's jobs.
    /// </summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services)
    {
        services.AddOptions<AnnouncementOptions>().BindConfiguration(AnnouncementOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLeasedWork();
        services.AddNeighbourhoods();
        services.TryAddSingleton<IHostSignals, LocalHostSignals>();
        services.TryAddSingleton<IAnnouncementSignals, HostAnnouncementSignals>();
        services.TryAddSingleton<IAnnouncementScheduler, HangfireAnnouncementScheduler>();
        services.AddSingleton<AnnouncementValidator>();
        services.AddSingleton<AnnouncementService>();
        services.AddSingleton<AnnouncementDelivery>();
        services.AddSingleton<IOutboxObserver, AnnouncementOutboxObserver>();
        services.AddTransient<AnnouncementJob>();
        services.AddSingleton<AnnouncementReconciler>();
        services.AddHostedService(sp => sp.GetRequiredService<AnnouncementReconciler>());
        services.AddHostedService<AnnouncementDeliveryWorker>();
        return services;
    }

    /// <summary>
    /// The neighbourhoods of every tenant (knowledge-base/comuni/*/quartieri.yaml): what the <c>avvisi</c> flow's actions
    /// need, so the bot can be composed without the rest of the announcements.
    /// </summary>
    public static IServiceCollection AddNeighbourhoods(this IServiceCollection services)
    {
        services.AddOptions<ChatAssistantOptions>().BindConfiguration(ChatAssistantOptions.Section);
        services.TryAddSingleton(sp => NeighbourhoodCatalog.Load(ContentPaths.Resolve(sp.GetRequiredService<IOptions<ChatAssistantOptions>>().Value.KnowledgeBasePath)));
        return services;
    }

    public static IEndpointRouteBuilder MapAnnouncements(this IEndpointRouteBuilder app) => app.MapAnnouncementsApi();
}
