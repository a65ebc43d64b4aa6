using ChatAssistant.CivicReports.Api;
using ChatAssistant.CivicReports.Filing;
using ChatAssistant.CivicReports.Status;
using ChatAssistant.CivicReports.Storage;
using ChatAssistant.Core.Files;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Proactive;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Validation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.CivicReports;

public static class CivicReportsServiceCollectionExtensions
{
    /// <summary>The text keys the C# code of this capability uses (the flow's own keys are checked from the flow).</summary>
    public static IReadOnlyList<string> TextKeys { get; } =
    [
        "civic.status_unknown", "civic.status_is", "civic.status_note", "civic.status_changed",
        .. CivicStatusNames.All.Select(s => "civic.status." + s), .. CivicCategories.All.Select(CivicCategories.TextKey),
    ];

    /// <summary>
    /// The segnala flow's actions (<c>civic.*</c>). <c>AddBot()</c> calls it, so every composition that loads dialogs/
    /// knows them; the store (<see cref="ICivicReportStore"/>) comes with the storage engine, the photos with the
    /// channel (<see cref="IChannelFiles"/>: none without Telegram).
    /// </summary>
    public static IServiceCollection AddCivicReportFlow(this IServiceCollection services)
    {
        services.AddOptions<CivicReportOptions>().BindConfiguration(CivicReportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IChannelFiles, NoChannelFiles>();
        services.AddDialogAction<CheckDescriptionAction>(CheckDescriptionAction.Name);
        services.AddDialogAction<CheckPlaceAction>(CheckPlaceAction.Name);
        services.AddDialogAction<PhotoOfferAction>(PhotoOfferAction.Name);
        services.AddDialogAction<CheckPhotoAction>(CheckPhotoAction.Name);
        services.AddDialogAction<SummaryAction>(SummaryAction.Name);
        services.AddDialogAction<FileReportAction>(FileReportAction.Name);
        services.AddSingleton(new RequiredDialogContent([], TextKeys));
        return services;
    }

    /// <summary>
    /// Citizens' reports: the flow's actions, "stato segnalazione CODE" in the turn pipeline, staff status moves that
    /// tell the citizen, and the retention purge. Register after <c>AddTurnPipeline()</c> and <c>AddBot()</c>.
    /// </summary>
    public static IServiceCollection AddCivicReports(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(DialogActionName) && d.ImplementationInstance is DialogActionName { Name: FileReportAction.Name }))
        {
            services.AddCivicReportFlow();
        }

        services.TryAddSingleton<ProactiveMessenger>();
        services.TryAddSingleton<StatusMoves>();
        services.TryAddTransient<CivicReportPurge>();
        services.AddSingleton<ITurnMiddleware, StatusQuery>();
        return services;
    }

    /// <summary>/api/civic-reports (see <see cref="CivicReportsApi"/>).</summary>
    public static IEndpointRouteBuilder MapCivicReports(this IEndpointRouteBuilder app) => app.MapCivicReportsApi();
}
