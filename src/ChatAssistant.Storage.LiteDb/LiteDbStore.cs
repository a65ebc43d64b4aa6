using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Batching;
using ChatAssistant.Storage.LiteDb.Caching;
using ChatAssistant.Storage.LiteDb.Citizens;
using ChatAssistant.Storage.LiteDb.Conversations;
using ChatAssistant.Storage.LiteDb.Files;
using ChatAssistant.Storage.LiteDb.Journal;
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>
/// The embedded store: one LiteDB file, <c>chatassistant.db</c>, in the data folder, owned by one process, and its
/// journal beside it. Every write goes through the <see cref="JournaledWriter"/>: its task completes once the write is
/// in the journal on disk; LiteDB gets it moments later. Reads look at what is journaled but not yet in the file
/// (<see cref="PendingWrites"/>), then at the file; conversation states and citizens come from a write-through cache
/// when they can (see <see cref="ReadCache"/>). Disposing carries out what is queued, then releases the files.
/// </summary>
public sealed class LiteDbStore : IConversationStore, ICitizenStore, IOutboxStore, IDisposable, IAsyncDisposable
{
    private readonly SerializedDatabase _db;
    private readonly DataFileLock _lock;
    private readonly JournaledWriter _writer;
    private readonly ReadCache _cache;
    private readonly PendingWrites _pending = new();
    private readonly TurnDecisions _decisions;
    private int _disposed;

    /// <exception cref="StoreUnavailableException">Another process holds the file, or the file or its journal is damaged.</exception>
    public LiteDbStore(string dataDirectory, LiteDbStorageOptions? options = null)
    {
        options ??= new LiteDbStorageOptions();
        FilePath = Path.GetFullPath(Path.Combine(dataDirectory, DataFileOpener.FileName));
        (_db, _lock, var makeFileDurable) = DataFileOpener.Open(dataDirectory);
        JournalFile journal;
        long lastRecord;
        try
        {
            _db.Run(db =>
            {
                StoreCollections.EnsureCollections(db);
                db.CheckpointSize = Math.Max(1, options.CheckpointPages);
            });
            // The journal lives beside the data file, under the same lock.
            journal = JournalRecovery.Open(_db, Path.GetDirectoryName(FilePath)!, makeFileDurable, out lastRecord);
        }
        catch
        {
            _db.Dispose();
            _lock.Dispose();
            throw;
        }

        var maxCachedEntries = Math.Max(0, options.MaxCachedEntries);
        _cache = new ReadCache(maxCachedEntries);
        var heads = new ConversationHeads(maxCachedEntries);
        _decisions = new TurnDecisions(heads, new OutboxNumbering(_db.Run(OutboxWrites.ReadSequence)));
        _writer = new JournaledWriter(_db, journal, _pending, heads, makeFileDurable, Math.Max(1, options.MaxBatchSize), lastRecord);
    }

    public string FilePath { get; }

    /// <summary>For health checks: true from a successful open until disposal, unless a write failed on the disk.</summary>
    public bool IsOpen => Volatile.Read(ref _disposed) == 0 && !_writer.IsFaulted;

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        if (!_cache.TryGetState(conversationKey, out var cached))
        {
            // Taken before looking: a write published meanwhile keeps this read out of the cache.
            var generation = _cache.Generation;
            if (!_pending.TryGetState(conversationKey, out cached))
            {
                cached = _db.Run(db => ConversationDocuments.ReadCached(db, conversationKey));
                _cache.FillState(generation, conversationKey, cached);
            }
        }

        return Task.FromResult(ConversationDocuments.ToState(cached));
    }

    public async Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var citizenId = commit.Citizen?.Id;
        var prepared = TurnDecisions.Prepare(commit);
        var applied = await _writer.Journal(
            context => _decisions.Turn(context, prepared, citizenId is not null && _cache.TryGetCitizen(citizenId, out var stored) ? stored : null),
            Durable,
            cancellationToken);
        return applied.Result;

        // Sequencer thread, once the record is durable in the journal.
        void Durable(long record, TurnApplied applied)
        {
            var key = commit.State.Key;
            if (!applied.Result.Committed)
            {
                _cache.EvictState(key);
                return;
            }

            commit.State.Version = applied.Result.NewVersion;
            var state = new CachedState(applied.Result.NewVersion, applied.StateUtf8Json);
            _pending.Conversation(key, record, state, applied.Result.Appended);
            if (applied.Erased)
            {
                _cache.Clear();
            }
            else if (applied.Citizen is not null)
            {
                _pending.Citizen(commit.Citizen!.Id, record, applied.Citizen);
                _cache.CitizenCommitted(commit.Citizen.Id, applied.Citizen);
            }

            _cache.StateCommitted(key, state);
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default) =>
        activities.Count == 0
            ? Task.FromResult<IReadOnlyList<TranscriptEntry>>([])
            : _writer.Journal(
                context => _decisions.Append(context, conversationKey, activities),
                (record, appended) => _pending.Conversation(conversationKey, record, null, appended),
                cancellationToken);

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);
        }

        // Pending first: an entry leaves it only once the file has it.
        var pending = _pending.Transcript(conversationKey);
        var stored = _db.Run(db => TranscriptDocuments.Read(db, conversationKey, afterSequence, limit));
        if (pending.IsEmpty)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>(stored);
        }

        return Task.FromResult<IReadOnlyList<TranscriptEntry>>(stored
            .Concat(pending.Where(entry => entry.Sequence > afterSequence))
            .DistinctBy(entry => entry.Sequence)
            .OrderBy(entry => entry.Sequence)
            .Take(limit)
            .ToList());
    }

    public Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default)
    {
        if (!_cache.TryGetCitizen(citizenId, out var cached))
        {
            var generation = _cache.Generation;
            if (!_pending.TryGetCitizen(citizenId, out cached))
            {
                cached = _db.Run(db => CitizenDocuments.ReadCached(db, citizenId));
                _cache.FillCitizen(generation, citizenId, cached);
            }
        }

        return Task.FromResult(CitizenDocuments.FromCached(cached));
    }

    public Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        var cached = CitizenDocuments.ToCached(citizen);
        return _writer.Journal(
            _ => new Decision<CachedCitizen>(new JournalRecord { Citizen = CitizenDocuments.Build(cached, citizen.Id) }.EnsureStorable(), cached),
            (record, written) =>
            {
                _pending.Citizen(citizen.Id, record, written);
                _cache.CitizenCommitted(citizen.Id, written);
            },
            cancellationToken);
    }

    public Task EraseAsync(string citizenId, CancellationToken cancellationToken = default) =>
        _writer.Journal(
            context =>
            {
                _decisions.Erase(context, citizenId);
                return new Decision<bool>(null, true);
            },
            (_, _) => _cache.Clear(),
            cancellationToken);

    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) =>
        messages.Count == 0
            ? Task.CompletedTask
            : _writer.Journal(_ => _decisions.Enqueue(messages), null, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string botId, DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        max <= 0
            ? Task.FromResult<IReadOnlyList<OutboxMessage>>([])
            : _writer.Apply(db => OutboxWrites.ClaimDue(db, botId, now, max, leaseUntil), cancellationToken);

    public Task MarkSentAsync(string messageId, CancellationToken cancellationToken = default) =>
        ChangeAsync(new OutboxStatusChange(messageId, OutboxStatus.Sent, NotBefore: null, Error: null, OnlyIfActive: false), cancellationToken);

    public Task RescheduleAsync(string messageId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(new OutboxStatusChange(messageId, OutboxStatus.Pending, notBefore, reason, OnlyIfActive: true), cancellationToken);

    public Task MarkFailedAsync(string messageId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(new OutboxStatusChange(messageId, OutboxStatus.Failed, NotBefore: null, reason, OnlyIfActive: false), cancellationToken);

    /// <summary>Counted by the applier, after every write queued before: a message just enqueued is counted.</summary>
    public Task<OutboxCounts> CountAsync(string botId, CancellationToken cancellationToken = default) =>
        _writer.Apply(db =>
        {
            var collection = db.GetCollection(StoreCollections.Outbox);
            int Count(OutboxStatus status) => collection.Count(Query.EQ("botStatus", OutboxDocuments.BotStatus(botId, status)));
            return new OutboxCounts(Count(OutboxStatus.Pending), Count(OutboxStatus.Sending), Count(OutboxStatus.Sent), Count(OutboxStatus.Failed));
        }, cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _writer.Dispose();
        _db.Dispose();
        _lock.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<bool> ChangeAsync(OutboxStatusChange change, CancellationToken cancellationToken) =>
        _writer.Journal(_ => new Decision<bool>(new JournalRecord { OutboxChange = change }, true), null, cancellationToken);
}
