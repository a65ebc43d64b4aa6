using System.Collections.Concurrent;

namespace ChatAssistant.Storage.LiteDb.Batching;

/// <summary>
/// A queue from any number of threads to ONE consumer thread that sleeps while it is empty, without spinning first.
/// BlockingCollection's SemaphoreSlim spins before it sleeps: on a 2-core machine the store's consumer threads spent
/// a quarter of their CPU spinning, away from the turns.
/// </summary>
internal sealed class HandOffQueue<T> : IDisposable
{
    private readonly ConcurrentQueue<T> _items = new();
    private readonly ManualResetEventSlim _available = new(initialState: false, spinCount: 0);
    private volatile bool _completed;

    /// <exception cref="InvalidOperationException">After <see cref="CompleteAdding"/>.</exception>
    public void Add(T item)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The queue takes no more items.");
        }

        _items.Enqueue(item);
        _available.Set();
    }

    /// <summary>The next item, waiting for one; false once the queue is completed and empty.</summary>
    public bool Take(out T item)
    {
        while (!TryTake(out item))
        {
            if (_completed)
            {
                // An item added just before completion is still taken.
                return TryTake(out item);
            }

            _available.Reset();
            // Checked again after the reset: an item added between the first look and the reset would not wake us.
            if (TryTake(out item))
            {
                return true;
            }

            if (!_completed)
            {
                _available.Wait();
            }
        }

        return true;
    }

    /// <summary>The next item if there is one, without waiting.</summary>
    public bool TryTake(out T item) => _items.TryDequeue(out item!);

    /// <summary>Returns when an item is queued, the queue is completed, or <paramref name="timeout"/> has passed.</summary>
    public void WaitForItem(TimeSpan timeout)
    {
        _available.Reset();
        if (_items.IsEmpty && !_completed)
        {
            _available.Wait(timeout);
        }
    }

    public bool IsCompleted => _completed;

    public void CompleteAdding()
    {
        _completed = true;
        _available.Set();
    }

    public void Dispose() => _available.Dispose();
}
