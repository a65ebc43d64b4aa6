using ChatAssistant.Handoff.Canned;
using ChatAssistant.Handoff.Tickets;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Handoff;

/// <summary>
/// A ticket is one document: its JSON, plus the fields queries use. "tenantStatus" sorts a tenant's open tickets by
/// the time they joined the queue, and its closed ones by the time they closed, as one index range each.
/// </summary>
internal static class TicketDocuments
{
    public static BsonDocument ToDocument(Ticket ticket) => new()
    {
        ["_id"] = ticket.Id,
        ["tenantStatus"] = TenantStatusKey(ticket),
        ["conversation"] = ticket.IsOpen ? ticket.ConversationKey : null,
        // Open or closed: the citizen's erasure finds all of a conversation's tickets, the retention purge the closed ones by age.
        ["chat"] = ticket.ConversationKey,
        ["closedTicks"] = ticket is { IsOpen: false, ClosedAt: { } closedAt } ? closedAt.UtcTicks : BsonValue.Null,
        ["version"] = ticket.Version,
        ["json"] = TicketJson.Serialize(ticket),
    };

    public static Ticket FromDocument(BsonDocument document)
    {
        var ticket = TicketJson.Deserialize(document["json"].AsString);
        ticket.Version = document["version"].AsInt64;
        return ticket;
    }

    public static string TenantStatusKey(Ticket ticket) => ticket.IsOpen
        ? OpenPrefix(ticket.TenantId) + OrderedKey.Number(ticket.QueuedAt.UtcTicks) + ticket.Id
        : ClosedPrefix(ticket.TenantId) + OrderedKey.Number(ticket.ClosedAt?.UtcTicks ?? 0) + ticket.Id;

    public static string OpenPrefix(string tenantId) => OrderedKey.Part(tenantId) + "open|";

    public static string ClosedPrefix(string tenantId) => OrderedKey.Part(tenantId) + "closed|";

    public static string ClosedKey(string tenantId, DateTimeOffset at) => ClosedPrefix(tenantId) + OrderedKey.Number(at.UtcTicks);

    public static BsonDocument ToDocument(CannedReply reply) => new()
    {
        ["_id"] = CannedId(reply.TenantId, reply.Id),
        ["tenant"] = reply.TenantId,
        ["id"] = reply.Id,
        ["title"] = reply.Title,
        ["text"] = reply.Text,
    };

    public static CannedReply ReplyFrom(BsonDocument document) =>
        new(document["tenant"].AsString, document["id"].AsString, document["title"].AsString, document["text"].AsString);

    public static string CannedId(string tenantId, string replyId) => OrderedKey.Part(tenantId) + replyId;
}
