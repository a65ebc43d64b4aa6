using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Storage;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// Hangfire's job for a scheduled announcement: at its time, moves it from scheduled to sending (a conditional update:
/// run twice, by a retry or on two hosts, it starts once) and wakes the delivery worker. A job early or for an edited
/// time does nothing; the reconciler schedules the new time.
/// </summary>
public sealed class AnnouncementJob(IAnnouncementStore store, IAnnouncementSignals signals, TimeProvider clock)
{
    public async Task RunAsync(string tenantId, string id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (await store.GetAsync(tenantId, id, cancellationToken) is not { Status: AnnouncementStatus.Scheduled } announcement || announcement.SendAt > now.AddSeconds(1))
        {
            return;
        }

        if (await store.TryUpdateAsync(tenantId, id, [AnnouncementStatus.Scheduled], a => a.SendAt <= now.AddSeconds(1) ? a with { Status = AnnouncementStatus.Sending } : a, cancellationToken)
            is { Status: AnnouncementStatus.Sending })
        {
            await signals.PublishAsync(new AnnouncementSignal(tenantId, id), cancellationToken);
        }
    }
}
