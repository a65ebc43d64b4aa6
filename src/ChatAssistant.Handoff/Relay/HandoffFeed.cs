using ChatAssistant.Core.Signals;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// The events of this host, for the consoles connected to it. A citizen's message written on another host reaches
/// this feed through the store's transcript signal (<see cref="CitizenMessageForwarder"/>).
/// </summary>
public sealed class HandoffFeed
{
    private readonly LocalBroadcast<HandoffEvent> _broadcast = new();

    /// <summary>Calls <paramref name="onEvent"/> for every event until disposed; it must return quickly.</summary>
    public IDisposable Subscribe(Action<HandoffEvent> onEvent) => _broadcast.Subscribe(onEvent);

    /// <summary>One console's failure is its own; the others still hear the event.</summary>
    public void Publish(HandoffEvent handoffEvent) => _broadcast.Publish(handoffEvent);
}
