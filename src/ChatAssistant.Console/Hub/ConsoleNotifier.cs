using Microsoft.AspNetCore.SignalR;

namespace ChatAssistant.StaffConsole.Hub;

/// <summary>What other capabilities call to ring the consoles of a tenant (a new ticket) or of one account (a citizen's message).</summary>
public sealed class ConsoleNotifier(IHubContext<ConsoleHub> hub)
{
    public Task QueueChangedAsync(string tenant, CancellationToken cancellationToken = default) =>
        hub.Clients.Group(ConsoleHub.TenantGroup(tenant)).SendAsync("queueChanged", cancellationToken);

    public Task ChatMessageAsync(string accountId, string ticketId, CancellationToken cancellationToken = default) =>
        hub.Clients.Group(ConsoleHub.AccountGroup(accountId)).SendAsync("chatMessage", ticketId, cancellationToken);
}
