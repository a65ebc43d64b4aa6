using ChatAssistant.Storage.LiteDb.Conversations;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Caching;

/// <summary>
/// The writer thread's memory of each conversation's head (version, last transcript sequence), which every turn's
/// version check needs. Reading it from LiteDB costs a query per turn (~40 KB of garbage and most of the writer's read
/// time); but only this writer changes the file (see DataFileLock), so what it wrote is what the file holds. What a
/// batch reads or writes is pending until the batch commits, and forgotten if it rolls back.
/// Writer thread only: no locks.
/// </summary>
internal sealed class ConversationHeads(int maxEntries)
{
    private readonly Dictionary<string, ConversationHead> _committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConversationHead> _pending = new(StringComparer.Ordinal);

    public ConversationHead Get(LiteDatabase db, string key)
    {
        if (_pending.TryGetValue(key, out var head) || _committed.TryGetValue(key, out head))
        {
            return head;
        }

        head = ConversationDocuments.ReadHead(db, key);
        Remember(key, head);
        return head;
    }

    /// <summary>What the current batch wrote for <paramref name="key"/>.</summary>
    public void Remember(string key, ConversationHead head)
    {
        if (maxEntries > 0)
        {
            _pending[key] = head;
        }
    }

    public void BatchCommitted()
    {
        if (_committed.Count + _pending.Count > maxEntries)
        {
            _committed.Clear();
        }

        foreach (var (key, head) in _pending)
        {
            _committed[key] = head;
        }

        _pending.Clear();
    }

    public void BatchRolledBack() => _pending.Clear();
}
