using System.Collections.Immutable;

namespace ChatAssistant.Core.Storage;

/// <summary>Transcript signals within one process: what a single-host store raises after each commit.</summary>
public sealed class LocalTranscriptSignals : ITranscriptSignals
{
    private ImmutableList<Action<string>> _subscribers = [];

    public IDisposable Subscribe(Action<string> onAppended)
    {
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(onAppended));
        return new Unsubscriber(() => ImmutableInterlocked.Update(ref _subscribers, list => list.Remove(onAppended)));
    }

    /// <summary>Tells every subscriber; one that throws does not stop the others.</summary>
    public void Raise(string conversationKey)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(conversationKey);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A subscriber's failure is its own; the commit it reports has happened.
            }
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
