using ChatAssistant.Storage.LiteDb.Conversations;

namespace ChatAssistant.Storage.LiteDb.Caching;

/// <summary>
/// Each conversation's head (version, last transcript sequence) as the writer last decided it: every turn's version
/// check needs it, and what the writer decided may still be on its way to the data file (journaled, not yet applied).
/// So a head is only forgotten once the journal record that set it is applied; a head not here is read from the file.
/// Sequencer thread only: no locks.
/// </summary>
internal sealed class ConversationHeads(int maxEntries)
{
    private readonly Dictionary<string, (ConversationHead Head, long Record)> _heads = new(StringComparer.Ordinal);

    public ConversationHead Get(SerializedDatabase db, string key) =>
        _heads.TryGetValue(key, out var entry) ? entry.Head : db.Run(database => ConversationDocuments.ReadHead(database, key));

    /// <summary>The head journal record <paramref name="record"/> sets (0: already in the file).</summary>
    public void Set(string key, ConversationHead head, long record) => _heads[key] = (head, record);

    /// <summary>Keeps at most the configured number of heads, forgetting only those already in the file.</summary>
    public void Trim(long appliedRecord)
    {
        if (_heads.Count <= maxEntries)
        {
            return;
        }

        foreach (var (key, entry) in _heads)
        {
            if (entry.Record <= appliedRecord)
            {
                _heads.Remove(key);
            }
        }
    }
}
