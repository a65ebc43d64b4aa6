using ChatAssistant.Handoff.Canned;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Handoff;

/// <summary>
/// Tickets and canned replies in the store's LiteDB file. The conditional update runs on the store's one writer
/// thread, so comparing the version and writing are one step: of many claims of one ticket, one wins.
/// </summary>
public sealed class LiteDbHandoffStore : IHandoffStore
{
    private readonly LiteDbStore _store;

    public LiteDbHandoffStore(LiteDbStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    private ILiteCollection<BsonDocument> Tickets => _store.Database.GetCollection(StoreCollections.HandoffTickets);

    private ILiteCollection<BsonDocument> Canned => _store.Database.GetCollection(StoreCollections.CannedReplies);

    public async Task InsertAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = TicketDocuments.ToDocument(Copy(ticket, 1));
        await _store.Writer.Write(db => db.GetCollection(StoreCollections.HandoffTickets).Insert(document), cancellationToken);
        ticket.Version = 1;
    }

    public Task<Ticket?> GetAsync(string ticketId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Tickets.FindById(ticketId) is { } document ? TicketDocuments.FromDocument(document) : null);

    public async Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var expected = ticket.Version;
        var document = TicketDocuments.ToDocument(Copy(ticket, expected + 1));
        var updated = await _store.Writer.Write(db =>
        {
            var tickets = db.GetCollection(StoreCollections.HandoffTickets);
            return tickets.FindById(ticket.Id) is { } current && current["version"].AsInt64 == expected && tickets.Update(document);
        }, cancellationToken);
        if (updated)
        {
            ticket.Version = expected + 1;
        }

        return updated;
    }

    public Task<IReadOnlyList<Ticket>> ListOpenAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var prefix = TicketDocuments.OpenPrefix(tenantId);
        return Task.FromResult<IReadOnlyList<Ticket>>(
            Tickets.Find(Query.Between("tenantStatus", prefix, prefix + OrderedKey.End)).Select(TicketDocuments.FromDocument).ToList());
    }

    public Task<IReadOnlyList<Ticket>> ListClosedSinceAsync(string tenantId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        var query = Query.Between("tenantStatus", TicketDocuments.ClosedKey(tenantId, since), TicketDocuments.ClosedPrefix(tenantId) + OrderedKey.End);
        return Task.FromResult<IReadOnlyList<Ticket>>(
            Tickets.Find(query).Select(TicketDocuments.FromDocument).OrderByDescending(t => t.ClosedAt).Take(Math.Max(0, limit)).ToList());
    }

    public Task<Ticket?> FindOpenByConversationAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Tickets.Find(Query.EQ("conversation", conversationKey), limit: 1).Select(TicketDocuments.FromDocument).FirstOrDefault());

    public Task<IReadOnlyList<CannedReply>> ListCannedRepliesAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var prefix = TicketDocuments.CannedId(tenantId, "");
        return Task.FromResult<IReadOnlyList<CannedReply>>(
            Canned.Find(Query.Between("_id", prefix, prefix + OrderedKey.End)).Select(TicketDocuments.ReplyFrom).OrderBy(r => r.Title, StringComparer.CurrentCulture).ToList());
    }

    public Task SaveCannedReplyAsync(CannedReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var document = TicketDocuments.ToDocument(reply);
        return _store.Writer.Write(db => db.GetCollection(StoreCollections.CannedReplies).Upsert(document), cancellationToken);
    }

    public Task<bool> DeleteCannedReplyAsync(string tenantId, string replyId, CancellationToken cancellationToken = default) =>
        _store.Writer.Write(db => db.GetCollection(StoreCollections.CannedReplies).Delete(TicketDocuments.CannedId(tenantId, replyId)), cancellationToken);

    /// <summary>The document is made from a copy so the caller's ticket keeps its version until the write succeeded.</summary>
    private static Ticket Copy(Ticket ticket, long version)
    {
        var copy = TicketJson.Deserialize(TicketJson.Serialize(ticket));
        copy.Version = version;
        return copy;
    }
}
