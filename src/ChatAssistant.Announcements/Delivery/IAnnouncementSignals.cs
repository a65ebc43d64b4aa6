namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// Announcement changes heard on every host: in one process a <see cref="Core.Signals.LocalBroadcast{T}"/>; on
/// PostgreSQL a NOTIFY that every host LISTENs to, so the console on any host shows the delivering host's progress.
/// </summary>
public interface IAnnouncementSignals
{
    Task PublishAsync(AnnouncementSignal signal, CancellationToken cancellationToken = default);

    IDisposable Subscribe(Action<AnnouncementSignal> onSignal);
}
