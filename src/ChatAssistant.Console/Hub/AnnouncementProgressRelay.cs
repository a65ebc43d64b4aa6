using System.Collections.Concurrent;
using ChatAssistant.Announcements.Api;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;

namespace ChatAssistant.StaffConsole.Hub;

/// <summary>
/// Turns announcement signals heard on this host (its own, and on PostgreSQL every host's through LISTEN/NOTIFY) into
/// fresh counts for the consoles of that tenant connected here. Counts are read at most every <see cref="Every"/> per
/// announcement: delivery signals 30 times a second, a person reads far fewer; the last signal is never dropped.
/// </summary>
internal sealed class AnnouncementProgressRelay(IAnnouncementSignals signals, IAnnouncementStore store, IHubContext<AnnouncementsHub> hub, TimeProvider clock) : IHostedService
{
    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(400);

    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = signals.Subscribe(s =>
        {
            if (_waiting.TryAdd(s.AnnouncementId, 0))
            {
                _ = PushAsync(s);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task PushAsync(AnnouncementSignal signal)
    {
        try
        {
            await Task.Delay(Every, clock);
            _waiting.TryRemove(signal.AnnouncementId, out _);
            if (await store.GetAsync(signal.TenantId, signal.AnnouncementId) is { } announcement)
            {
                var view = await AnnouncementsApi.ViewOf(store, announcement, CancellationToken.None);
                await hub.Clients.Group(AnnouncementsHub.TenantGroup(signal.TenantId)).SendAsync("progress", view);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The page refreshes its counts when it reloads; a missed push is not worth a crash.
            _waiting.TryRemove(signal.AnnouncementId, out _);
        }
    }
}
