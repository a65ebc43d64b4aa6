using ChatAssistant.Core.Conversations;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// A chat is held by a person while its open ticket is held by a volunteer, or waits for one (the bot is already silent
/// then, see <see cref="HandoffRouter"/>). A ticket that only carries a message left out of hours holds nothing: the
/// bot goes on helping until the desk opens.
/// </summary>
public sealed class TicketHold(IHandoffStore store) : IConversationHold
{
    public async Task<bool> IsHeldByPersonAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        await store.FindOpenByConversationAsync(conversationKey, cancellationToken) is { } ticket
        && (ticket.Status == TicketStatus.Held || ticket is { Status: TicketStatus.Waiting, Message: null });
}
