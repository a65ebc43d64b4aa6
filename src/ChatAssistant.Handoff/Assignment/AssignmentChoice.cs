using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Assignment;

/// <summary>
/// Who gets a waiting ticket under auto-assignment: among online volunteers under capacity, preferring those whose
/// skills include the ticket's topic, the least busy, then the one assigned least recently.
/// </summary>
public static class AssignmentChoice
{
    public static Volunteer? Pick(Ticket ticket, IReadOnlyList<Volunteer> online, IReadOnlyList<Ticket> open, IReadOnlyList<Ticket> recent, int capacity)
    {
        var held = open.Where(t => t.Status == TicketStatus.Held && t.VolunteerId is not null)
            .GroupBy(t => t.VolunteerId!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lastAssigned = open.Concat(recent).Where(t => t.VolunteerId is not null && t.ClaimedAt is not null)
            .GroupBy(t => t.VolunteerId!).ToDictionary(g => g.Key, g => g.Max(t => t.ClaimedAt!.Value), StringComparer.Ordinal);

        return online
            .Where(v => held.GetValueOrDefault(v.Id) < capacity)
            .OrderByDescending(v => ticket.Topic is not null && v.Skills.Contains(ticket.Topic, StringComparer.Ordinal))
            .ThenBy(v => held.GetValueOrDefault(v.Id))
            .ThenBy(v => lastAssigned.TryGetValue(v.Id, out var at) ? at : DateTimeOffset.MinValue)
            .ThenBy(v => v.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
