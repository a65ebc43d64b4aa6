using System.Collections.Concurrent;

namespace ChatAssistant.Storage.LiteDb.Caching;

/// <summary>
/// Write-through cache of what the pipeline reads before every turn: conversation states and citizens, as the JSON
/// last committed (every reader gets its own copy, so a turn may change what it was given). Only this process writes
/// the file (see DataFileLock), and an entry is updated only after its write is durable in the journal, so an entry
/// is never newer than what is stored. It can be older only through a race with a reader that filled it from the
/// file; that is guarded by <see cref="_generation"/>, and a state that is still stale only makes the commit's
/// version check (against the sequencer's ConversationHeads, never this cache) answer Stale: the store then evicts the
/// entry and the pipeline reloads.
/// The cache may be cleared at any time (it is when full, and on every erasure).
/// </summary>
internal sealed class ReadCache(int maxEntries)
{
    private readonly ConcurrentDictionary<string, CachedState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedCitizen> _citizens = new(StringComparer.Ordinal);
    private readonly Lock _fillGate = new();
    private long _generation;

    /// <summary>Taken before reading the file for <see cref="FillState"/> / <see cref="FillCitizen"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGetState(string key, out CachedState entry) => _states.TryGetValue(key, out entry!);

    public bool TryGetCitizen(string id, out CachedCitizen entry) => _citizens.TryGetValue(id, out entry!);

    /// <summary>A reader's miss, filled from the file: kept only if no write happened since <paramref name="generation"/>.</summary>
    public void FillState(long generation, string key, CachedState entry)
    {
        lock (_fillGate)
        {
            if (Generation == generation && MakeRoom(_states))
            {
                _states.TryAdd(key, entry);
            }
        }
    }

    public void FillCitizen(long generation, string id, CachedCitizen entry)
    {
        lock (_fillGate)
        {
            if (Generation == generation && MakeRoom(_citizens))
            {
                _citizens.TryAdd(id, entry);
            }
        }
    }

    /// <summary>Writer thread, once the write is durable in the journal.</summary>
    public void StateCommitted(string key, CachedState entry)
    {
        if (MakeRoom(_states))
        {
            _states[key] = entry;
        }

        Interlocked.Increment(ref _generation);
    }

    /// <summary>Writer thread, once the write is durable in the journal.</summary>
    public void CitizenCommitted(string id, CachedCitizen entry)
    {
        if (MakeRoom(_citizens))
        {
            _citizens[id] = entry;
        }

        Interlocked.Increment(ref _generation);
    }

    public void EvictState(string key)
    {
        _states.TryRemove(key, out _);
        Interlocked.Increment(ref _generation);
    }

    /// <summary>After an erasure (rare): forget everything rather than work out what it touched.</summary>
    public void Clear()
    {
        lock (_fillGate)
        {
            _states.Clear();
            _citizens.Clear();
            Interlocked.Increment(ref _generation);
        }
    }

    private bool MakeRoom<T>(ConcurrentDictionary<string, T> map)
    {
        if (maxEntries <= 0)
        {
            return false;
        }

        if (map.Count >= maxEntries)
        {
            map.Clear();
        }

        return true;
    }
}

/// <summary>
/// A conversation as committed: its version and state as UTF-8 JSON (null: no state yet, or no conversation at all).
/// UTF-8 rather than a string: an entry lives until the conversation's next turn, so every collection meanwhile copies
/// it, and half the bytes is half that copy.
/// </summary>
internal sealed record CachedState(long Version, byte[]? StateUtf8Json);

/// <summary>A citizen as committed (null JSON: no such citizen), and when its LastSeenAt was last written.</summary>
internal sealed record CachedCitizen(string? Json, string? JsonWithoutLastSeen, DateTimeOffset LastSeenAt);
