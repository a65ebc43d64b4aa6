using ChatAssistant.Handoff.Storage;

namespace ChatAssistant.Handoff.Tickets;

/// <summary>
/// Read, decide, conditionally write; on a lost race read again and decide again with what the winner left. This is
/// what makes two volunteers claiming together end with one owner and one clear refusal, on every engine and host.
/// </summary>
public static class TicketUpdates
{
    private const int Attempts = 50;

    /// <param name="decide">Changes the ticket and returns null to save it, or the refusal.</param>
    public static async Task<TicketResult> ChangeAsync(
        this IHandoffStore store, string tenantId, string ticketId, Func<Ticket, Task<TicketResult?>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var ticket = await store.GetAsync(ticketId, cancellationToken);
            if (ticket is null || ticket.TenantId != tenantId)
            {
                return TicketResult.Fail(TicketError.NotFound, $"There is no ticket {ticketId}.");
            }

            if (await decide(ticket) is { } refusal)
            {
                return refusal;
            }

            if (await store.TryUpdateAsync(ticket, cancellationToken))
            {
                return TicketResult.Ok(ticket);
            }
        }

        throw new InvalidOperationException($"Ticket {ticketId} kept changing under {Attempts} attempts to update it.");
    }

    public static Task<TicketResult> ApplyAsync(this IHandoffStore store, string tenantId, string ticketId, Func<Ticket, TicketResult?> decide, CancellationToken cancellationToken) =>
        store.ChangeAsync(tenantId, ticketId, t => Task.FromResult(decide(t)), cancellationToken);
}
