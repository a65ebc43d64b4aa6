using System.Collections.Immutable;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// The events of this host, for the consoles connected to it. A citizen's message written on another host reaches
/// this feed through the store's transcript signal (<see cref="CitizenMessageForwarder"/>).
/// </summary>
public sealed class HandoffFeed
{
    private ImmutableList<Action<HandoffEvent>> _subscribers = [];

    /// <summary>Calls <paramref name="onEvent"/> for every event until disposed; it must return quickly.</summary>
    public IDisposable Subscribe(Action<HandoffEvent> onEvent)
    {
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(onEvent));
        return new Subscription(() => ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(onEvent)));
    }

    public void Publish(HandoffEvent handoffEvent)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(handoffEvent);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One console's failure is its own; the others still hear the event.
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
