using ChatAssistant.Handoff.Canned;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Storage;

/// <summary>Tickets and canned replies, on every engine (LiteDB, PostgreSQL) against one contract suite.</summary>
public interface IHandoffStore
{
    /// <summary>Stores a new ticket; its <see cref="Ticket.Version"/> becomes 1.</summary>
    Task InsertAsync(Ticket ticket, CancellationToken cancellationToken = default);

    Task<Ticket?> GetAsync(string ticketId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="ticket"/> only if the stored version is still <see cref="Ticket.Version"/> (then the version
    /// grows by one, on the object too). False when someone changed it meanwhile: read it again and decide again.
    /// Of any number of writers updating one version at once, exactly one succeeds, on every host.
    /// </summary>
    Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary>The tenant's waiting and held tickets, oldest queued first.</summary>
    Task<IReadOnlyList<Ticket>> ListOpenAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's tickets closed at or after <paramref name="since"/>, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Ticket>> ListClosedSinceAsync(string tenantId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default);

    /// <summary>The conversation's open ticket, if any.</summary>
    Task<Ticket?> FindOpenByConversationAsync(string conversationKey, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CannedReply>> ListCannedRepliesAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Adds the reply or replaces the one with the same tenant and id.</summary>
    Task SaveCannedReplyAsync(CannedReply reply, CancellationToken cancellationToken = default);

    Task<bool> DeleteCannedReplyAsync(string tenantId, string replyId, CancellationToken cancellationToken = default);
}
