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
using ChatAssistant.Storage.LiteDb.Outbox;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>
/// The embedded store: one LiteDB file, <c>chatassistant.db</c>, in the data folder, owned by one process.
/// Reads go to LiteDB on the caller's thread, except conversation states and citizens, which come from a write-through
/// cache when they can (see <see cref="ReadCache"/>); every write goes through one group-commit writer and its task
/// completes only when the write is on disk. Disposing commits what is queued, then releases the file.
/// </summary>
public sealed class LiteDbStore : IConversationStore, ICitizenStore, IOutboxStore, IDisposable, IAsyncDisposable
{
    private readonly LiteDatabase _db;
    private readonly DataFileLock _lock;
    private readonly GroupCommitWriter _writer;
    private readonly ReadCache _cache;
    private readonly ConversationHeads _heads;
    private int _disposed;

    /// <exception cref="StoreUnavailableException">Another process holds the file, or the file is damaged.</exception>
    public LiteDbStore(string dataDirectory, LiteDbStorageOptions? options = null)
    {
        options ??= new LiteDbStorageOptions();
        (_db, _lock, var makeDurable) = DataFileOpener.Open(dataDirectory);
        try
        {
            StoreCollections.EnsureIndexes(_db);
            _db.CheckpointSize = Math.Max(1, options.CheckpointPages);
        }
        catch
        {
            _db.Dispose();
            _lock.Dispose();
            throw;
        }

        var maxCachedEntries = Math.Max(0, options.MaxCachedEntries);
        _cache = new ReadCache(maxCachedEntries);
        _heads = new ConversationHeads(maxCachedEntries);
        _writer = new GroupCommitWriter(_db, Math.Max(1, options.MaxBatchSize), makeDurable, _heads.BatchCommitted, _heads.BatchRolledBack);
        FilePath = Path.GetFullPath(Path.Combine(dataDirectory, DataFileOpener.FileName));
    }

    public string FilePath { get; }

    /// <summary>For health checks: true from a successful open until disposal.</summary>
    public bool IsOpen => Volatile.Read(ref _disposed) == 0;

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        if (!_cache.TryGetState(conversationKey, out var cached))
        {
            var generation = _cache.Generation;
            cached = ConversationDocuments.ReadCached(_db, conversationKey);
            _cache.FillState(generation, conversationKey, cached);
        }

        return Task.FromResult(ConversationDocuments.ToState(cached));
    }

    public Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var citizenId = commit.Citizen?.Id;
        var prepared = TurnCommitWrite.Prepare(commit);
        return _writer.Enqueue(
            db => TurnCommitWrite.Apply(db, _heads, prepared, citizenId is not null && _cache.TryGetCitizen(citizenId, out var stored) ? stored : null),
            Committed,
            applied => applied.Result,
            cancellationToken);

        // Durability thread, once the batch is on disk.
        void Committed(TurnApplied applied)
        {
            var key = commit.State.Key;
            if (!applied.Result.Committed)
            {
                _cache.EvictState(key);
                return;
            }

            commit.State.Version = applied.Result.NewVersion;
            if (applied.Erased)
            {
                _cache.Clear();
            }
            else if (applied.Citizen is not null)
            {
                _cache.CitizenCommitted(commit.Citizen!.Id, applied.Citizen);
            }

            _cache.StateCommitted(key, new CachedState(applied.Result.NewVersion, applied.StateJson));
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default) =>
        activities.Count == 0
            ? Task.FromResult<IReadOnlyList<TranscriptEntry>>([])
            : _writer.Enqueue(db => TurnCommitWrite.AppendTranscript(db, _heads, conversationKey, activities), cancellationToken);

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);
        }

        return Task.FromResult<IReadOnlyList<TranscriptEntry>>(TranscriptDocuments.Read(_db, conversationKey, afterSequence, limit));
    }

    public Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default)
    {
        if (!_cache.TryGetCitizen(citizenId, out var cached))
        {
            var generation = _cache.Generation;
            cached = CitizenDocuments.ReadCached(_db, citizenId);
            _cache.FillCitizen(generation, citizenId, cached);
        }

        return Task.FromResult(CitizenDocuments.FromCached(cached));
    }

    public Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        var cached = CitizenDocuments.ToCached(citizen);
        return _writer.Enqueue(db => { CitizenDocuments.Write(db, cached, citizen.Id); return true; }, cancellationToken,
            _ => _cache.CitizenCommitted(citizen.Id, cached));
    }

    public Task EraseAsync(string citizenId, CancellationToken cancellationToken = default) =>
        _writer.Enqueue(db => { CitizenErasure.Erase(db, _heads, citizenId); return true; }, cancellationToken, _ => _cache.Clear());

    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) =>
        messages.Count == 0 ? Task.CompletedTask : _writer.Enqueue(db => OutboxWrites.Enqueue(db, messages), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string botId, DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        max <= 0
            ? Task.FromResult<IReadOnlyList<OutboxMessage>>([])
            : _writer.Enqueue(db => OutboxWrites.ClaimDue(db, botId, now, max, leaseUntil), cancellationToken);

    public Task MarkSentAsync(string messageId, CancellationToken cancellationToken = default) =>
        ChangeAsync(messageId, message =>
        {
            message.Status = OutboxStatus.Sent;
            message.LastError = null;
            return true;
        }, cancellationToken);

    public Task RescheduleAsync(string messageId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(messageId, message =>
        {
            // A message that left or was given up stays as it is.
            if (!OutboxDocuments.IsActive(message.Status))
            {
                return false;
            }

            message.Status = OutboxStatus.Pending;
            message.NotBefore = notBefore;
            message.LastError = reason;
            return true;
        }, cancellationToken);

    public Task MarkFailedAsync(string messageId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(messageId, message =>
        {
            message.Status = OutboxStatus.Failed;
            message.LastError = reason;
            return true;
        }, cancellationToken);

    public Task<OutboxCounts> CountAsync(string botId, CancellationToken cancellationToken = default)
    {
        var collection = _db.GetCollection(StoreCollections.Outbox);
        int Count(OutboxStatus status) => collection.Count(Query.EQ("botStatus", OutboxDocuments.BotStatus(botId, status)));
        return Task.FromResult(new OutboxCounts(Count(OutboxStatus.Pending), Count(OutboxStatus.Sending), Count(OutboxStatus.Sent), Count(OutboxStatus.Failed)));
    }

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

    private Task<bool> ChangeAsync(string messageId, Func<OutboxMessage, bool> change, CancellationToken cancellationToken) =>
        _writer.Enqueue(db => OutboxWrites.Change(db, messageId, change), cancellationToken);
}
