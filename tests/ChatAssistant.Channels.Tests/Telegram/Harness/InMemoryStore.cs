using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Channels.Tests.Telegram.Harness;

/// <summary>A small, faithful stand-in for the stores' contract (doc comments of the interfaces), in memory.</summary>
public sealed class InMemoryStore : IConversationStore, ICitizenStore, IOutboxStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConversationState> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TranscriptEntry>> _transcripts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _processed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Citizen> _citizens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutboxMessage> _outbox = new(StringComparer.Ordinal);
    private long _sequence;

    public IReadOnlyList<OutboxMessage> Outbox
    {
        get
        {
            lock (_gate)
            {
                return _outbox.Values.ToList();
            }
        }
    }

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.TryGetValue(conversationKey, out var s) ? Clone(s) : null);
        }
    }

    public Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var current = _states.TryGetValue(commit.State.Key, out var s) ? s.Version : 0;
            if (current != commit.State.Version)
            {
                return Task.FromResult(TurnCommitResult.Stale);
            }

            var saved = Clone(commit.State);
            saved.Version = current + 1;
            _states[saved.Key] = saved;
            if (commit.Citizen is not null)
            {
                _citizens[commit.Citizen.Id] = commit.Citizen;
            }

            if (commit.ProcessedMessageKey is not null)
            {
                _processed.Add(commit.ProcessedMessageKey);
            }

            var appended = Append(commit.State.Key, commit.Transcript);
            EnqueueLocked(commit.Outbox);
            return Task.FromResult(new TurnCommitResult(true, saved.Version, appended));
        }
    }

    public Task<bool> WasProcessedAsync(string processedMessageKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_processed.Contains(processedMessageKey));
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>(Append(conversationKey, activities));
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TranscriptEntry> page = _transcripts.TryGetValue(conversationKey, out var list)
                ? list.Where(e => e.Sequence > afterSequence).Take(limit).ToList()
                : [];
            return Task.FromResult(page);
        }
    }

    public Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_citizens.GetValueOrDefault(citizenId));
        }
    }

    public Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _citizens[citizen.Id] = citizen;
            return Task.CompletedTask;
        }
    }

    public Task EraseAsync(string citizenId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _citizens.Remove(citizenId);
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
            var live = _outbox.Values.Where(m => m.BotId == botId && m.Status is OutboxStatus.Pending or OutboxStatus.Sending).ToList();
            var heads = live.GroupBy(m => m.ChatId).Select(g => g.OrderBy(m => m.Sequence).First());
            var claimed = heads.Where(m => m.NotBefore <= now).OrderBy(m => m.Priority).ThenBy(m => m.Sequence).Take(max).ToList();
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
        Change(messageId, m => m.Status = OutboxStatus.Sent);

    public Task RescheduleAsync(string messageId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        Change(messageId, m =>
        {
            m.Status = OutboxStatus.Pending;
            m.NotBefore = notBefore;
            m.LastError = reason;
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
                copy.Sequence = ++_sequence;
                _outbox[m.Id] = copy;
            }
        }
    }

    private List<TranscriptEntry> Append(string key, IReadOnlyList<Activity> activities)
    {
        if (!_transcripts.TryGetValue(key, out var list))
        {
            list = [];
            _transcripts[key] = list;
        }

        var appended = new List<TranscriptEntry>();
        foreach (var activity in activities)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            var entry = new TranscriptEntry(key, list.Count + 1, activity.Id, ActivityJson.Serialize(activity), activity.Timestamp ?? default);
            list.Add(entry);
            appended.Add(entry);
        }

        return appended;
    }

    private static OutboxMessage Copy(OutboxMessage m) => new()
    {
        Id = m.Id, BotId = m.BotId, ChannelId = m.ChannelId, ChatId = m.ChatId, Priority = m.Priority, ActivityJson = m.ActivityJson,
        Status = m.Status, Attempts = m.Attempts, CreatedAt = m.CreatedAt, NotBefore = m.NotBefore, LastError = m.LastError, Sequence = m.Sequence,
    };

    private static ConversationState Clone(ConversationState s) =>
        System.Text.Json.JsonSerializer.Deserialize<ConversationState>(System.Text.Json.JsonSerializer.Serialize(s))!;
}
