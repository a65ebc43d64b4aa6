using ChatAssistant.Dialogs;
using ChatAssistant.Knowledge.Service;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatAssistant.Host.Health;

internal sealed class StoreReadiness(IStoreHealth store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckAsync(cancellationToken);
        return health.IsReady ? HealthCheckResult.Healthy(health.Detail) : HealthCheckResult.Unhealthy(health.Detail);
    }
}

internal sealed class FlowsReadiness(DialogCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.Flows.Count > 0
            ? HealthCheckResult.Healthy($"{catalog.Flows.Count} flows")
            : HealthCheckResult.Unhealthy("no flows loaded"));
}

internal sealed class KnowledgeReadiness(KnowledgeService knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var entries = knowledge.Current.Content.Entries.Count;
        var detail = $"{entries} entries, version {knowledge.Version}, {knowledge.Problems.Count} problems";
        return Task.FromResult(entries > 0 ? HealthCheckResult.Healthy(detail) : HealthCheckResult.Unhealthy(detail));
    }
}
