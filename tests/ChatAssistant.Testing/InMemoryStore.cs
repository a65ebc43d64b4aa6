using System.Text.Json;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Testing;

/// <summary>
/// The stores' contract (the interfaces' doc comments) in memory, for tests of what sits above the store; the real
/// engines prove the same contract in ChatAssistant.Storage.Contract. States and citizens are kept as JSON, as a real
/// store keeps them, so every turn starts from what was saved and never from an object a test still holds.
/// </summary>
public sealed class InMemoryStore : IConversationStore, ICitizenStore, IOutboxStore, ILeaseStore, ISharedSecrets, IRetentionStore
{
    private readonly Dictionary<string, (string Holder, DateTimeOffset Until)> _leases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TranscriptEntry>> _transcripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastSequences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _citizens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutboxMessage> _outbox = new(StringComparer.Ordinal);
    private readonly List<string> _erased = [];
    private long _outboxSequence;
    private int _commits;
    private int _failingCommits;

    /// <summary>The next <paramref name="count"/> turn commits throw <see cref="StoreUnavailableException"/>, as a store that is down would.</summary>
    public void FailNextCommits(int count)
    {
        lock (_gate)
        {
            _failingCommits = count;
        }
    }

    /// <summary>Turns committed so far.</summary>
    public int Commits
    {
        get
        {
            lock (_gate)
            {
                return _commits;
            }
        }
    }

    /// <summary>What the store holds, in characters of stored JSON: states, citizens, transcripts and the outbox.</summary>
    public long StoredCharacters
    {
        get
        {
            lock (_gate)
            {
                return _states.Values.Sum(s => (long)s.Length) + _citizens.Values.Sum(c => (long)c.Length)
                    + _transcripts.Values.Sum(list => list.Sum(e => (long)e.ActivityJson.Length)) + _outbox.Values.Sum(m => (long)m.ActivityJson.Length);
            }
        }
    }

    /// <summary>Citizens erased so far, in order.</summary>
    public IReadOnlyList<string> Erased
    {
        get
        {
            lock (_gate)
            {
                return _erased.ToList();
            }
        }
    }

    public IReadOnlyList<OutboxMessage> Outbox
    {
        get
        {
            lock (_gate)
            {
                return _outbox.Values.Select(Copy).ToList();
            }
        }
    }

    /// <summary>The state as saved, or null.</summary>
    public ConversationState? State(string conversationKey)
    {
        lock (_gate)
        {
            return _states.TryGetValue(conversationKey, out var json) ? JsonSerializer.Deserialize<ConversationState>(json) : null;
        }
    }

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(State(conversationKey));

    public Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_failingCommits > 0)
            {
                _failingCommits--;
                throw new StoreUnavailableException("The test store is down.");
            }

            var key = commit.State.Key;
            var stored = _states.TryGetValue(key, out var json) ? JsonSerializer.Deserialize<ConversationState>(json)!.Version : 0;
            if (stored != commit.State.Version)
            {
                return Task.FromResult(TurnCommitResult.Stale);
            }

            if (commit.EraseCitizen && (commit.Citizen?.Id ?? commit.State.CitizenId) is { } citizenId)
            {
                EraseLocked(citizenId);
            }
            else if (commit.Citizen is not null)
            {
                _citizens[commit.Citizen.Id] = JsonSerializer.Serialize(commit.Citizen);
            }

            commit.State.Version = stored + 1;
            _states[key] = JsonSerializer.Serialize(commit.State);
            _commits++;
            var appended = AppendLocked(key, commit.Transcript);
            EnqueueLocked(commit.Outbox);
            return Task.FromResult(new TurnCommitResult(true, commit.State.Version, appended));
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>(AppendLocked(conversationKey, activities));
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TranscriptEntry> page = _transcripts.TryGetValue(conversationKey, out var list)
                ? list.Where(e => e.Sequence > afterSequence).Take(Math.Max(0, limit)).ToList()
                : [];
            return Task.FromResult(page);
        }
    }

    public Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_citizens.TryGetValue(citizenId, out var json) ? JsonSerializer.Deserialize<Citizen>(json) : null);
        }
    }

    public Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _citizens[citizen.Id] = JsonSerializer.Serialize(citizen);
            return Task.CompletedTask;
        }
    }

    public Task EraseAsync(string citizenId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            EraseLocked(citizenId);
            return Task.CompletedTask;
        }
    }

    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            EnqueueLocked(messages);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string botId, DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var live = _outbox.Values.Where(m => m.BotId == botId && m.Status is OutboxStatus.Pending or OutboxStatus.Sending);
            var heads = live.GroupBy(m => m.ChatId).Select(g => g.OrderBy(m => m.Sequence).First());
            var claimed = heads.Where(m => m.NotBefore <= now).OrderBy(m => m.Priority).ThenBy(m => m.Sequence).Take(Math.Max(0, max)).ToList();
            foreach (var m in claimed)
            {
                m.Status = OutboxStatus.Sending;
                m.NotBefore = leaseUntil;
                m.Attempts++;
            }

            return Task.FromResult<IReadOnlyList<OutboxMessage>>(claimed.Select(Copy).ToList());
        }
    }

    public Task MarkSentAsync(string messageId, CancellationToken cancellationToken = default) =>
        Change(messageId, m =>
        {
            m.Status = OutboxStatus.Sent;
            m.LastError = null;
        });

    public Task<RetentionPurgeCounts> PurgeAsync(DateTimeOffset transcriptsBefore, DateTimeOffset finishedOutboxBefore, DateTimeOffset closedTicketsBefore, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            long entries = 0;
            foreach (var list in _transcripts.Values)
            {
                entries += list.RemoveAll(e => e.Timestamp < transcriptsBefore);
            }

            var finished = _outbox.Values.Where(m => m.Status is OutboxStatus.Sent or OutboxStatus.Failed && m.CreatedAt < finishedOutboxBefore).Select(m => m.Id).ToList();
            finished.ForEach(id => _outbox.Remove(id));
            return Task.FromResult(new RetentionPurgeCounts(entries, finished.Count));
        }
    }

    public Task RecordSentPartsAsync(string messageId, int sentParts, CancellationToken cancellationToken = default) =>
        Change(messageId, m => m.SentParts = Math.Max(m.SentParts, sentParts));

    public Task RescheduleAsync(string messageId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        Change(messageId, m =>
        {
            if (m.Status is OutboxStatus.Pending or OutboxStatus.Sending)
            {
                m.Status = OutboxStatus.Pending;
                m.NotBefore = notBefore;
                m.LastError = reason;
            }
        });

    public Task MarkFailedAsync(string messageId, string reason, CancellationToken cancellationToken = default) =>
        Change(messageId, m =>
        {
            m.Status = OutboxStatus.Failed;
            m.LastError = reason;
        });

    public Task<OutboxCounts> CountAsync(string botId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var mine = _outbox.Values.Where(m => m.BotId == botId).ToList();
            return Task.FromResult(new OutboxCounts(
                mine.Count(m => m.Status == OutboxStatus.Pending), mine.Count(m => m.Status == OutboxStatus.Sending),
                mine.Count(m => m.Status == OutboxStatus.Sent), mine.Count(m => m.Status == OutboxStatus.Failed)));
        }
    }

    /// <summary>The citizen, their conversations' states and transcripts, and what still waits to reach them; sequences keep growing.</summary>
    private void EraseLocked(string citizenId)
    {
        _erased.Add(citizenId);
        _citizens.Remove(citizenId);
        var user = GroupErasure.ChannelUserIdOf(citizenId);
        foreach (var (key, json) in _states.ToList())
        {
            var group = JsonSerializer.Deserialize<ConversationState>(json)!;
            if (!group.IsGroup || !group.Participants.Remove(citizenId))
            {
                continue;
            }

            // In a group chat exactly the member's entries go; the others' stay, whoever spoke last.
            if (_transcripts.TryGetValue(key, out var entries))
            {
                _transcripts[key] = entries.Select(e => GroupErasure.Names(e.ActivityJson, user) ? e with { ActivityJson = GroupErasure.Tombstone(e.ActivityId) } : e).ToList();
            }

            foreach (var addressed in _outbox.Values.Where(m => ConversationKey.Of(m.ChannelId, m.ChatId) == key && GroupErasure.Names(m.ActivityJson, user)).ToList())
            {
                _outbox.Remove(addressed.Id);
            }

            group.CitizenId = group.CitizenId == citizenId ? null : group.CitizenId;
            group.Version++;
            _states[key] = JsonSerializer.Serialize(group);
        }

        var theirs = _states.Where(s => JsonSerializer.Deserialize<ConversationState>(s.Value) is { IsGroup: false } state && state.CitizenId == citizenId).Select(s => s.Key).ToList();
        foreach (var key in theirs)
        {
            _states.Remove(key);
            _transcripts.Remove(key);
            foreach (var pending in _outbox.Values.Where(m => ConversationKey.Of(m.ChannelId, m.ChatId) == key).ToList())
            {
                _outbox.Remove(pending.Id);
            }
        }
    }

    private Task Change(string id, Action<OutboxMessage> change)
    {
        lock (_gate)
        {
            if (_outbox.TryGetValue(id, out var m))
            {
                change(m);
            }

            return Task.CompletedTask;
        }
    }

    private void EnqueueLocked(IReadOnlyList<OutboxMessage> messages)
    {
        foreach (var m in messages)
        {
            if (!_outbox.ContainsKey(m.Id))
            {
                var copy = Copy(m);
                copy.Sequence = ++_outboxSequence;
                _outbox[m.Id] = copy;
            }
        }
    }

    private List<TranscriptEntry> AppendLocked(string key, IReadOnlyList<Activity> activities)
    {
        if (!_transcripts.TryGetValue(key, out var list))
        {
            list = [];
            _transcripts[key] = list;
        }

        var last = _lastSequences.GetValueOrDefault(key);
        var appended = new List<TranscriptEntry>(activities.Count);
        foreach (var activity in activities)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            var entry = new TranscriptEntry(key, ++last, activity.Id, ActivityJson.Serialize(activity), activity.Timestamp ?? default);
            list.Add(entry);
            appended.Add(entry);
        }

        _lastSequences[key] = last;
        return appended;
    }

    private static OutboxMessage Copy(OutboxMessage m) => new()
    {
        Id = m.Id, BotId = m.BotId, ChannelId = m.ChannelId, ChatId = m.ChatId, Priority = m.Priority, ActivityJson = m.ActivityJson,
        Status = m.Status, Attempts = m.Attempts, CreatedAt = m.CreatedAt, NotBefore = m.NotBefore, LastError = m.LastError, Sequence = m.Sequence,
        SentParts = m.SentParts,
    };

    public Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var lease) && lease.Holder != holder && lease.Until > now)
            {
                return Task.FromResult(false);
            }

            _leases[name] = (holder, until);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var lease) && lease.Holder == holder)
            {
                _leases.Remove(name);
            }
        }

        return Task.CompletedTask;
    }

    public Task<string> GetOrCreateAsync(string name, Func<string> create, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_secrets.TryGetValue(name, out var secret))
            {
                _secrets[name] = secret = create();
            }

            return Task.FromResult(secret);
        }
    }
}
