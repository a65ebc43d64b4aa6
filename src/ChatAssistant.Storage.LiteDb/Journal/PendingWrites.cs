using System.Collections.Concurrent;
using System.Collections.Immutable;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Caching;

namespace ChatAssistant.Storage.LiteDb.Journal;

/// <summary>
/// What is durable in the journal but not yet applied to the data file, for readers: conversation states, transcript
/// entries and citizens. An entry is added once its record is durable (before its caller is told) and removed
/// once the record is applied to the file; a reader therefore looks here first, then in the file, and never misses a
/// write: the file has it before it leaves here.
/// </summary>
internal sealed class PendingWrites
{
    private readonly ConcurrentDictionary<string, PendingConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (CachedCitizen Citizen, long Record)> _citizens = new(StringComparer.Ordinal);

    public bool TryGetState(string key, out CachedState state)
    {
        state = null!;
        return _conversations.TryGetValue(key, out var pending) && (state = pending.State!) is not null;
    }

    public bool TryGetCitizen(string id, out CachedCitizen citizen)
    {
        var found = _citizens.TryGetValue(id, out var pending);
        citizen = pending.Citizen;
        return found;
    }

    /// <summary>The pending transcript entries of a conversation (possibly some already in the file too).</summary>
    public ImmutableList<TranscriptEntry> Transcript(string key) =>
        _conversations.TryGetValue(key, out var pending) ? pending.Transcript : [];

    /// <summary>Sequencer thread: record <paramref name="record"/> is durable.</summary>
    public void Conversation(string key, long record, CachedState? state, IReadOnlyList<TranscriptEntry> appended) =>
        _conversations.AddOrUpdate(
            key,
            static (_, added) => new PendingConversation(added.record, added.state, [.. added.appended]),
            static (_, existing, added) => new PendingConversation(added.record, added.state ?? existing.State, existing.Transcript.AddRange(added.appended)),
            (record, state, appended));

    /// <summary>Sequencer thread: record <paramref name="record"/> is durable.</summary>
    public void Citizen(string id, long record, CachedCitizen citizen) => _citizens[id] = (citizen, record);

    /// <summary>Applier thread, after the file committed every record up to <paramref name="appliedRecord"/>.</summary>
    public void Applied(IEnumerable<string> conversationKeys, IEnumerable<string> citizenIds, long appliedRecord)
    {
        foreach (var key in conversationKeys)
        {
            // A later record of the same conversation keeps the entry until it too is applied.
            if (_conversations.TryGetValue(key, out var pending) && pending.Record <= appliedRecord)
            {
                _conversations.TryRemove(KeyValuePair.Create(key, pending));
            }
        }

        foreach (var id in citizenIds)
        {
            if (_citizens.TryGetValue(id, out var pending) && pending.Record <= appliedRecord)
            {
                _citizens.TryRemove(KeyValuePair.Create(id, pending));
            }
        }
    }

    /// <param name="State">Null when only the transcript is pending.</param>
    private sealed record PendingConversation(long Record, CachedState? State, ImmutableList<TranscriptEntry> Transcript);
}
