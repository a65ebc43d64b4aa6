using System.Collections.Immutable;

namespace ChatAssistant.Core.Signals;

/// <summary>
/// In-process publish/subscribe: every subscriber hears every value published after it subscribed, until it disposes
/// its subscription. Subscribers must return quickly; one that throws does not stop the others.
/// </summary>
public sealed class LocalBroadcast<T>
{
    private ImmutableList<Action<T>> _subscribers = [];

    public IDisposable Subscribe(Action<T> onValue)
    {
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(onValue));
        return new Subscription(() => ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(onValue)));
    }

    public void Publish(T value)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(value);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A subscriber's failure is its own; what it was told has happened.
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
