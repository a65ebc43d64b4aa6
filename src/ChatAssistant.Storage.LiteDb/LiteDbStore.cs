using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Citizens;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.LiteDb.Citizens;
using ChatAssistant.Storage.LiteDb.Conversations;
using ChatAssistant.Storage.LiteDb.Files;
using ChatAssistant.Storage.LiteDb.Leases;
using ChatAssistant.Storage.LiteDb.Outbox;
using ChatAssistant.Storage.LiteDb.Secrets;
using ChatAssistant.Storage.LiteDb.Writing;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>
/// The embedded store: one LiteDB file, <c>chatassistant.db</c>, in the data folder, owned by one process. Reads go
/// straight to LiteDB, which sees what was committed; every write goes through the <see cref="GroupCommitWriter"/>,
/// whose task completes once the write is committed and on disk. Disposing carries out what is queued, then releases
/// the file.
/// </summary>
public sealed class LiteDbStore : IConversationStore, ICitizenStore, IOutboxStore, ILeaseStore, ISharedSecrets, IStoreHealth, IRetentionStore, IDisposable, IAsyncDisposable
{
    private readonly LiteDatabase _db;
    private readonly DataFileLock _lock;
    private readonly GroupCommitWriter _writer;
    private readonly LocalTranscriptSignals _signals = new();
    private int _disposed;

    /// <exception cref="StoreUnavailableException">Another process holds the file, or the file is damaged.</exception>
    public LiteDbStore(string dataDirectory, LiteDbStorageOptions? options = null)
    {
        options ??= new LiteDbStorageOptions();
        FilePath = Path.GetFullPath(Path.Combine(dataDirectory, DataFileOpener.FileName));
        (_db, _lock) = DataFileOpener.Open(dataDirectory);
        try
        {
            StoreCollections.EnsureCollections(_db);
            _db.Checkpoint();
        }
        catch
        {
            _db.Dispose();
            _lock.Dispose();
            throw;
        }

        _writer = new GroupCommitWriter(_db, Math.Max(1, options.MaxBatchSize));
    }

    public string FilePath { get; }

    /// <summary>For the stores of other capabilities in this assembly: reads go to LiteDB directly.</summary>
    internal LiteDatabase Database => _db;

    /// <summary>For the stores of other capabilities in this assembly: every write goes through the one writer.</summary>
    internal GroupCommitWriter Writer => _writer;

    /// <summary>Raised after each commit that appended to a conversation's transcript (one process owns the file, so local signals are all there are).</summary>
    public ITranscriptSignals TranscriptSignals => _signals;

    /// <summary>For health checks: true from a successful open until disposal, unless a commit failed on the disk.</summary>
    public bool IsOpen => Volatile.Read(ref _disposed) == 0 && !_writer.IsFaulted;

    public Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(IsOpen
            ? new StoreHealth(true, $"LiteDB: {DataFileOpener.FileName} open")
            : new StoreHealth(false, $"LiteDB: {DataFileOpener.FileName} closed or failed on the disk; restart the service"));

    public Task<ConversationState?> GetStateAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(ConversationDocuments.ReadState(_db, conversationKey));

    public async Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var stateJson = ConversationDocuments.Serialize(commit.State);
        var result = await _writer.Write(db => TurnWrites.Commit(db, commit, stateJson), cancellationToken);
        if (result.Committed)
        {
            commit.State.Version = result.NewVersion;
            Appended(commit.State.Key, result.Appended);
        }

        return result;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> AppendTranscriptAsync(string conversationKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var appended = await _writer.Write(db => TurnWrites.Append(db, conversationKey, activities), cancellationToken);
        Appended(conversationKey, appended);
        return appended;
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadTranscriptAsync(string conversationKey, long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TranscriptEntry>>(limit <= 0 ? [] : TranscriptDocuments.Read(_db, conversationKey, afterSequence, limit));

    public Task<Citizen?> GetAsync(string citizenId, CancellationToken cancellationToken = default) =>
        Task.FromResult(CitizenDocuments.Read(_db, citizenId));

    public Task UpsertAsync(Citizen citizen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        return _writer.Write(db => CitizenDocuments.WriteIfChanged(db, citizen), cancellationToken);
    }

    public Task EraseAsync(string citizenId, CancellationToken cancellationToken = default) =>
        _writer.Write(db => CitizenErasure.Erase(db, citizenId), cancellationToken);

    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) =>
        messages.Count == 0 ? Task.CompletedTask : _writer.Write(db => OutboxWrites.InsertNew(db, messages), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string botId, DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        max <= 0
            ? Task.FromResult<IReadOnlyList<OutboxMessage>>([])
            : _writer.Write(db => OutboxWrites.ClaimDue(db, botId, now, max, leaseUntil), cancellationToken);

    public Task MarkSentAsync(string messageId, CancellationToken cancellationToken = default) =>
        _writer.Write(db => OutboxWrites.Change(db, messageId, OutboxStatus.Sent, notBefore: null, error: null, onlyIfActive: false), cancellationToken);

    public Task<RetentionPurgeCounts> PurgeAsync(DateTimeOffset transcriptsBefore, DateTimeOffset finishedOutboxBefore, DateTimeOffset closedTicketsBefore, CancellationToken cancellationToken = default) =>
        _writer.Write(db => Retention.RetentionPurgeWrites.Purge(db, transcriptsBefore, finishedOutboxBefore, closedTicketsBefore), cancellationToken);

    public Task RecordSentPartsAsync(string messageId, int sentParts, CancellationToken cancellationToken = default) =>
        _writer.Write(db => OutboxWrites.RecordSentParts(db, messageId, sentParts), cancellationToken);

    public Task RescheduleAsync(string messageId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        _writer.Write(db => OutboxWrites.Change(db, messageId, OutboxStatus.Pending, notBefore, reason, onlyIfActive: true), cancellationToken);

    public Task MarkFailedAsync(string messageId, string reason, CancellationToken cancellationToken = default) =>
        _writer.Write(db => OutboxWrites.Change(db, messageId, OutboxStatus.Failed, notBefore: null, reason, onlyIfActive: false), cancellationToken);

    public Task<OutboxCounts> CountAsync(string botId, CancellationToken cancellationToken = default)
    {
        var collection = _db.GetCollection(StoreCollections.Outbox);
        int Count(OutboxStatus status) => collection.Count(Query.EQ("botStatus", OutboxDocuments.BotStatus(botId, status)));
        return Task.FromResult(new OutboxCounts(Count(OutboxStatus.Pending), Count(OutboxStatus.Sending), Count(OutboxStatus.Sent), Count(OutboxStatus.Failed)));
    }

    public Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        _writer.Write(db => LeaseDocuments.TryAcquire(db, name, holder, now, until), cancellationToken);

    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default) =>
        _writer.Write(db => LeaseDocuments.Release(db, name, holder), cancellationToken);

    public async Task<string> GetOrCreateAsync(string name, Func<string> create, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        return SecretDocuments.Read(_db, name) ?? await _writer.Write(db => SecretDocuments.AddIfMissing(db, name, create()), cancellationToken);
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

    private void Appended(string conversationKey, IReadOnlyList<TranscriptEntry> entries)
    {
        if (entries.Count > 0)
        {
            _signals.Raise(conversationKey);
        }
    }
}
