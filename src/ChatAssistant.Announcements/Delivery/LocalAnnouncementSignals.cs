using ChatAssistant.Core.Signals;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>Signals within one process (the embedded LiteDB store serves one host).</summary>
public sealed class LocalAnnouncementSignals : IAnnouncementSignals
{
    private readonly LocalBroadcast<AnnouncementSignal> _broadcast = new();

    public Task PublishAsync(AnnouncementSignal signal, CancellationToken cancellationToken = default)
    {
        _broadcast.Publish(signal);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(Action<AnnouncementSignal> onSignal) => _broadcast.Subscribe(onSignal);

    /// <summary>For a store on another engine that hears other hosts: raises a signal here without sending it on.</summary>
    public void Raise(AnnouncementSignal signal) => _broadcast.Publish(signal);
}
