using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Channels.Tests.DirectLine.Support;

/// <summary>A small honest in-memory store for pipeline tests (the real engines run the contract suite).</summary>
internal sealed class InMemoryStores : IConversationStore, ICitizenStore
{
    private readonly Dictionary<string, string> _states = [];
    private readonly Dictionary<string, List<TranscriptEntry>> _transcripts = [];
    private readonly HashSet<string> _processed = [];
    private readonly Dictionary<string, Citizen> _citizens = [];
    private readonly Lock _gate = new();

    public int Commits { get; private set; }

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.TryGetValue(conversationKey, out var json)
                ? System.Text.Json.JsonSerializer.Deserialize<ConversationState>(json) : null);
        }
    }

    public Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = commit.State.Key;
            var stored = _states.TryGetValue(key, out var json) ? System.Text.Json.JsonSerializer.Deserialize<ConversationState>(json)!.Version : 0;
            if (stored != commit.State.Version)
            {
                return Task.FromResult(TurnCommitResult.Stale);
            }

            if (commit.EraseCitizen && commit.State.CitizenId is { } citizenId)
            {
                EraseLocked(citizenId);
            }

            commit.State.Version = stored + 1;
            _states[key] = System.Text.Json.JsonSerializer.Serialize(commit.State);
            if (commit.ProcessedMessageKey is not null)
            {
                _processed.Add(commit.ProcessedMessageKey);
            }

            if (commit.Citizen is not null)
            {
                _citizens[commit.Citizen.Id] = commit.Citizen;
            }

            Commits++;
            return Task.FromResult(new TurnCommitResult(true, commit.State.Version, AppendLocked(key, commit.Transcript)));
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
            return Task.FromResult(AppendLocked(conversationKey, activities));
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TranscriptEntry> entries = _transcripts.TryGetValue(conversationKey, out var list)
                ? list.Where(e => e.Sequence > afterSequence).Take(limit).ToList() : [];
            return Task.FromResult(entries);
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
            EraseLocked(citizenId);
            return Task.CompletedTask;
        }
    }

    private void EraseLocked(string citizenId)
    {
        _citizens.Remove(citizenId);
        foreach (var key in _states.Where(s => System.Text.Json.JsonSerializer.Deserialize<ConversationState>(s.Value)!.CitizenId == citizenId).Select(s => s.Key).ToList())
        {
            _states.Remove(key);
            _transcripts.Remove(key);
        }
    }

    private IReadOnlyList<TranscriptEntry> AppendLocked(string key, IReadOnlyList<Activity> activities)
    {
        var list = _transcripts.TryGetValue(key, out var existing) ? existing : _transcripts[key] = [];
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
}
