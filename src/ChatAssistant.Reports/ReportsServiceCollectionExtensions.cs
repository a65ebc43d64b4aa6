using ChatAssistant.Core.Events;
using ChatAssistant.Core.Retention;
using ChatAssistant.Reports.Api;
using ChatAssistant.Reports.Events;
using ChatAssistant.Reports.Metrics;
using ChatAssistant.Reports.Summary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Reports: the anonymous usage events' writer (replacing the pipeline's no-op <see cref="IUsageEvents"/>), the
    /// summary, exports, the retention of counters and /metrics. The storage engine registers <see cref="Storage.IReportStore"/>.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section)
            .Validate(o => ReportTimeZone.IsKnown(o.TimeZone), "ChatAssistant:Reports:TimeZone must be a time zone id such as Europe/Rome.")
            .Validate(o => o.MaxPeriodDays is >= 1 and <= 3660 && o.TopQuestions is >= 1 and <= 500 && o.MaxQuestionsPerDay is >= 1 and <= 10_000,
                "ChatAssistant:Reports: MaxPeriodDays 1-3660, TopQuestions 1-500, MaxQuestionsPerDay 1-10000.")
            .Validate(o => o.FlushMilliseconds is >= 10 and <= 60_000 && o.QueueCapacity is >= 100 and <= 10_000_000,
                "ChatAssistant:Reports: FlushMilliseconds 10-60000, QueueCapacity 100-10000000.")
            .ValidateOnStart();
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.AllowedNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "ChatAssistant:Metrics:AllowedNetworks must list networks in CIDR form, e.g. \"10.20.0.0/16\".")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UsageEventWriter>();
        services.AddSingleton<IUsageEvents>(sp => sp.GetRequiredService<UsageEventWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<UsageEventWriter>());
        services.TryAddSingleton<ReportService>();
        services.TryAddSingleton<ScrapeTimeMetrics>();
        services.AddSingleton<IRetentionPart, UsageRetention>();
        return services;
    }

    /// <summary>/api/reports (see <see cref="ReportsApi"/>) and /metrics (see <see cref="MetricsEndpoint"/>).</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapReportsApi();
        app.MapGet(MetricsEndpoint.Path, MetricsEndpoint.HandleAsync);
        return app;
    }
}
