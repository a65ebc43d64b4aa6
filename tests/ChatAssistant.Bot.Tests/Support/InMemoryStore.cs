using System.Text.Json;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Bot.Tests.Support;

/// <summary>A tiny store that saves state as JSON, as a real store does, so every turn starts from what was saved.</summary>
internal sealed class InMemoryStore : IConversationStore, ICitizenStore
{
    private readonly Dictionary<string, string> _states = [];
    private readonly Dictionary<string, List<TranscriptEntry>> _transcripts = [];
    private readonly HashSet<string> _processed = [];
    private readonly Dictionary<string, Citizen> _citizens = [];

    public List<string> Erased { get; } = [];

    public ConversationState? State(string key) =>
        _states.TryGetValue(key, out var json) ? JsonSerializer.Deserialize<ConversationState>(json) : null;

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(State(conversationKey));

    public Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        var stored = State(commit.State.Key)?.Version ?? 0;
        if (stored != commit.State.Version)
        {
            return Task.FromResult(TurnCommitResult.Stale);
        }

        if (commit.EraseCitizen && commit.State.CitizenId is { } citizenId)
        {
            Erased.Add(citizenId);
            _citizens.Remove(citizenId);
            _transcripts.Remove(commit.State.Key);
        }

        commit.State.Version = stored + 1;
        _states[commit.State.Key] = JsonSerializer.Serialize(commit.State);
        if (commit.ProcessedMessageKey is not null)
        {
            _processed.Add(commit.ProcessedMessageKey);
        }

        if (commit.Citizen is not null)
        {
            _citizens[commit.Citizen.Id] = commit.Citizen;
        }

        return Task.FromResult(new TurnCommitResult(true, commit.State.Version, Append(commit.State.Key, commit.Transcript)));
    }

    public Task<bool> WasProcessedAsync(string processedMessageKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_processed.Contains(processedMessageKey));

    public Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default) =>
        Task.FromResult(Append(conversationKey, activities));

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TranscriptEntry>>(_transcripts.GetValueOrDefault(conversationKey, []).Where(e => e.Sequence > afterSequence).Take(limit).ToList());

    public Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_citizens.GetValueOrDefault(citizenId));

    public Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default)
    {
        _citizens[citizen.Id] = citizen;
        return Task.CompletedTask;
    }

    public Task EraseAsync(string citizenId, CancellationToken cancellationToken = default)
    {
        Erased.Add(citizenId);
        _citizens.Remove(citizenId);
        return Task.CompletedTask;
    }

    private IReadOnlyList<TranscriptEntry> Append(string key, IReadOnlyList<Activity> activities)
    {
        var list = _transcripts.TryGetValue(key, out var existing) ? existing : _transcripts[key] = [];
        var appended = activities.Select(a => new TranscriptEntry(key, list.Count + 1, a.Id ??= Guid.NewGuid().ToString("N"), ActivityJson.Serialize(a), a.Timestamp ?? default)).ToList();
        list.AddRange(appended);
        return appended;
    }
}
