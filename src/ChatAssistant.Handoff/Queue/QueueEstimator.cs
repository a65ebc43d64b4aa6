using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Queue;

/// <summary>
/// A waiting citizen's place in the queue and the wait to expect: the place times the recent handling time (claim to
/// close, averaged over the day's closed chats), shared among the volunteers online (at least one).
/// </summary>
public sealed class QueueEstimator(IHandoffStore store, IVolunteerPresence presence, TimeProvider clock, IOptions<HandoffOptions> options)
{
    private const int RecentChats = 30;

    public static int PositionOf(Ticket ticket, IReadOnlyList<Ticket> open) =>
        open.Count(t => IsQueued(t) && (t.QueuedAt < ticket.QueuedAt || (t.QueuedAt == ticket.QueuedAt && string.CompareOrdinal(t.Id, ticket.Id) <= 0)));

    /// <summary>Waiting and in the queue now (a message left out of hours joins at the opening).</summary>
    public static bool IsQueued(Ticket ticket) => ticket.Status == TicketStatus.Waiting;

    public async Task<(int Position, int WaitMinutes)> EstimateAsync(Ticket ticket, IReadOnlyList<Ticket> open, CancellationToken cancellationToken)
    {
        var position = Math.Max(1, PositionOf(ticket, open));
        var handling = await HandlingMinutesAsync(ticket.TenantId, cancellationToken);
        var volunteers = Math.Max(1, (await presence.OnlineAsync(ticket.TenantId, cancellationToken)).Count);
        var wait = (int)Math.Ceiling(position * handling / volunteers);
        return (position, Math.Max(1, wait));
    }

    private async Task<double> HandlingMinutesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var recent = await store.ListClosedSinceAsync(tenantId, clock.GetUtcNow().AddDays(-1), RecentChats, cancellationToken);
        var durations = recent.Where(t => t.ClaimedAt is not null && t.ClosedAt is not null)
            .Select(t => (t.ClosedAt!.Value - t.ClaimedAt!.Value).TotalMinutes).ToList();
        return durations.Count == 0 ? options.Value.DefaultHandlingMinutes : Math.Max(1, durations.Average());
    }
}
