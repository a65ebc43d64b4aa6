using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatAssistant.Host.Health;

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// Readiness = the data file is open, the flows are loaded and the knowledge base is indexed.
    /// The same parts are opened at start-up (<see cref="StartupWarmUp"/>), so a host that cannot open them never starts.
    /// </summary>
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHostedService<StartupWarmUp>();
        services.AddHealthChecks()
            .AddCheck<StoreReadiness>("store", tags: [ReadyTag])
            .AddCheck<FlowsReadiness>("flows", tags: [ReadyTag])
            .AddCheck<KnowledgeReadiness>("knowledge", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReport,
        });
        return app;
    }

    private static Task WriteReport(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), detail = e.Value.Description }),
        });
}
