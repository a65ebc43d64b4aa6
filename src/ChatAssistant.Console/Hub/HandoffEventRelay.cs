using ChatAssistant.Handoff.Relay;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;

namespace ChatAssistant.StaffConsole.Hub;

/// <summary>
/// Forwards the handoff's events on this host (<see cref="HandoffFeed"/>, which also carries what other hosts published,
/// through LISTEN/NOTIFY) to the consoles of the event's tenant connected here. Every host hears every event, so no
/// SignalR backplane is needed; the load balancer needs sticky sessions only for SignalR's negotiate-then-connect
/// (or WebSockets-only clients with SkipNegotiation).
/// </summary>
internal sealed class HandoffEventRelay(HandoffFeed feed, IHubContext<ConsoleHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The feed wants a quick return: sending is queued by SignalR, not awaited here.
        _subscription = feed.Subscribe(e => _ = hub.Clients.Group(ConsoleHub.TenantGroup(e.TenantId)).SendAsync("handoff", e, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
