namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// Announcement changes heard on every host (<see cref="HostAnnouncementSignals"/>), so the console on any host shows
/// the delivering host's progress.
/// </summary>
public interface IAnnouncementSignals
{
    Task PublishAsync(AnnouncementSignal signal, CancellationToken cancellationToken = default);

    IDisposable Subscribe(Action<AnnouncementSignal> onSignal);
}
