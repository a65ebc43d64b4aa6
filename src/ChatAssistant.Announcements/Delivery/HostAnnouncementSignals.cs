using ChatAssistant.Core.Signals;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// Announcement signals ride on the deployment's host signals (in memory for one process, NOTIFY/LISTEN on
/// PostgreSQL), on their own topic as "tenant|id".
/// </summary>
public sealed class HostAnnouncementSignals(IHostSignals hosts) : IAnnouncementSignals
{
    public const string Topic = "announcements";

    public Task PublishAsync(AnnouncementSignal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return hosts.PublishAsync(Topic, signal.TenantId + "|" + signal.AnnouncementId, cancellationToken);
    }

    public IDisposable Subscribe(Action<AnnouncementSignal> onSignal)
    {
        ArgumentNullException.ThrowIfNull(onSignal);
        return hosts.Subscribe(Topic, message =>
        {
            var parts = message.Split('|', 2);
            if (parts.Length == 2)
            {
                onSignal(new AnnouncementSignal(parts[0], parts[1]));
            }
        });
    }
}
