using ChatAssistant.Dialogs;
using ChatAssistant.Knowledge.Service;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Host.Health;

/// <summary>
/// Opens the store, the flows and the knowledge base while the host starts rather than on the first message,
/// so a locked or damaged data file or a broken flow stops start-up with its plain reason.
/// </summary>
internal sealed class StartupWarmUp(IServiceProvider services, ILogger<StartupWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IStoreHealth>();
        var flows = services.GetRequiredService<DialogCatalog>();
        var knowledge = services.GetRequiredService<KnowledgeService>();
        logger.LogInformation("Started: {Store}, {Flows} flows, {Entries} knowledge entries",
            store.GetType().Name, flows.Flows.Count, knowledge.Current.Content.Entries.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
