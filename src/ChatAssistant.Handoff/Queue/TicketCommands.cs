using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Queue;

/// <summary>What a volunteer does with a ticket: claim, write, transfer, release, close. Each tells the citizen and the consoles.</summary>
public sealed class TicketCommands(
    IHandoffStore store,
    CitizenMessenger messenger,
    HandoffTexts texts,
    HandoffFeed feed,
    QueueEstimator estimator,
    TimeProvider clock,
    IOptions<HandoffOptions> options,
    Core.Events.IUsageEvents? usage = null)
{
    public static readonly IReadOnlyList<string> SurveyButtons = ["1", "2", "3", "4", "5"];

    public async Task<TicketResult> ClaimAsync(Volunteer volunteer, string ticketId, CancellationToken cancellationToken)
    {
        var result = await store.ChangeAsync(volunteer.TenantId, ticketId, async ticket =>
        {
            if (ticket.Status == TicketStatus.Closed)
            {
                return TicketResult.Fail(TicketError.Conflict, "The ticket is closed: the chat has ended.");
            }

            if (ticket.Status == TicketStatus.Held)
            {
                return ticket.VolunteerId == volunteer.Id
                    ? TicketResult.Fail(TicketError.Conflict, "You already hold this ticket.")
                    : TicketResult.Fail(TicketError.Conflict, $"{ticket.VolunteerName} took this ticket first.");
            }

            var open = await store.ListOpenAsync(volunteer.TenantId, cancellationToken);
            if (open.Count(t => t.Status == TicketStatus.Held && t.VolunteerId == volunteer.Id) >= options.Value.VolunteerCapacity)
            {
                return TicketResult.Fail(TicketError.Conflict, $"You already hold {options.Value.VolunteerCapacity} chats: close or release one first.");
            }

            ticket.Status = TicketStatus.Held;
            ticket.VolunteerId = volunteer.Id;
            ticket.VolunteerName = volunteer.Name;
            ticket.ClaimedAt = clock.GetUtcNow();
            return null;
        }, cancellationToken);
        if (result.Ticket is { } claimed)
        {
            await messenger.FromBotAsync(claimed, texts.Get(HandoffTextKeys.Claimed, claimed.Language, "volunteer", volunteer.Name), [], cancellationToken);
            await PublishAsync(HandoffEventKinds.Claimed, claimed, volunteer.Id);
            usage?.Record(Core.Events.UsageEvent.HandoffClaimed(claimed.TenantId, claimed.ChannelId, claimed.ClaimedAt!.Value - claimed.QueuedAt, claimed.ClaimedAt.Value));
        }

        return result;
    }

    public async Task<TicketResult> SendAsync(Volunteer volunteer, string ticketId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > options.Value.MaxMessageLength)
        {
            return TicketResult.Fail(TicketError.Invalid, $"Write a message of 1 to {options.Value.MaxMessageLength} characters.");
        }

        var ticket = await store.GetAsync(ticketId, cancellationToken);
        if (ticket is null || ticket.TenantId != volunteer.TenantId)
        {
            return TicketResult.Fail(TicketError.NotFound, $"There is no ticket {ticketId}.");
        }

        if (ticket.Status != TicketStatus.Held || ticket.VolunteerId != volunteer.Id)
        {
            return TicketResult.Fail(TicketError.Forbidden, "You do not hold this ticket: claim it first.");
        }

        await messenger.FromVolunteerAsync(ticket, volunteer.Id, volunteer.Name, text.Trim(), cancellationToken);
        return TicketResult.Ok(ticket);
    }

    public async Task<TicketResult> TransferAsync(Volunteer volunteer, string ticketId, Volunteer to, CancellationToken cancellationToken)
    {
        var result = await store.ChangeAsync(volunteer.TenantId, ticketId, async ticket =>
        {
            if (HeldBy(ticket, volunteer) is { } refusal)
            {
                return refusal;
            }

            var open = await store.ListOpenAsync(volunteer.TenantId, cancellationToken);
            if (open.Count(t => t.Status == TicketStatus.Held && t.VolunteerId == to.Id) >= options.Value.VolunteerCapacity)
            {
                return TicketResult.Fail(TicketError.Conflict, $"{to.Name} already holds {options.Value.VolunteerCapacity} chats.");
            }

            ticket.VolunteerId = to.Id;
            ticket.VolunteerName = to.Name;
            ticket.ClaimedAt = clock.GetUtcNow();
            return null;
        }, cancellationToken);
        if (result.Ticket is { } moved)
        {
            await messenger.FromBotAsync(moved, texts.Get(HandoffTextKeys.Transferred, moved.Language, "volunteer", to.Name), [], cancellationToken);
            await PublishAsync(HandoffEventKinds.Transferred, moved, to.Id);
        }

        return result;
    }

    public async Task<TicketResult> ReleaseAsync(Volunteer volunteer, string ticketId, CancellationToken cancellationToken)
    {
        var result = await store.ApplyAsync(volunteer.TenantId, ticketId, ticket =>
        {
            if (HeldBy(ticket, volunteer) is { } refusal)
            {
                return refusal;
            }

            ticket.Status = TicketStatus.Waiting;
            ticket.VolunteerId = null;
            ticket.VolunteerName = null;
            ticket.ClaimedAt = null;
            ticket.ApologySent = false;
            return null;
        }, cancellationToken);
        if (result.Ticket is { } released)
        {
            var open = await store.ListOpenAsync(volunteer.TenantId, cancellationToken);
            var (position, _) = await estimator.EstimateAsync(released, open, cancellationToken);
            await messenger.FromBotAsync(released, texts.Get(HandoffTextKeys.Released, released.Language, "position", position.ToString(System.Globalization.CultureInfo.InvariantCulture)), [], cancellationToken);
            await PublishAsync(HandoffEventKinds.Released, released, volunteer.Id);
        }

        return result;
    }

    public async Task<TicketResult> CloseAsync(Volunteer volunteer, string ticketId, TicketOutcome outcome, string? note, CancellationToken cancellationToken)
    {
        if (outcome == TicketOutcome.None)
        {
            return TicketResult.Fail(TicketError.Invalid, "Say how the chat ended: resolved, appointment, referred or left.");
        }

        var result = await store.ApplyAsync(volunteer.TenantId, ticketId, ticket =>
        {
            if (HeldBy(ticket, volunteer) is { } refusal)
            {
                return refusal;
            }

            ticket.Status = TicketStatus.Closed;
            ticket.Outcome = outcome;
            ticket.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            ticket.ClosedAt = clock.GetUtcNow();
            ticket.SurveyPending = outcome != TicketOutcome.Left;
            return null;
        }, cancellationToken);
        if (result.Ticket is { SurveyPending: true } closed)
        {
            await messenger.FromBotAsync(closed, texts.Get(HandoffTextKeys.Survey, closed.Language), SurveyButtons, cancellationToken);
        }

        if (result.Ticket is { } done)
        {
            await PublishAsync(HandoffEventKinds.Closed, done, volunteer.Id);
            usage?.Record(Core.Events.UsageEvent.HandoffClosed(done.TenantId, done.ChannelId, done.ClosedAt!.Value - (done.ClaimedAt ?? done.QueuedAt), done.ClosedAt.Value));
        }

        return result;
    }

    private static TicketResult? HeldBy(Ticket ticket, Volunteer volunteer) => ticket switch
    {
        { Status: TicketStatus.Closed } => TicketResult.Fail(TicketError.Conflict, "The ticket is closed: the chat has ended."),
        { Status: TicketStatus.Held } when ticket.VolunteerId == volunteer.Id => null,
        _ => TicketResult.Fail(TicketError.Forbidden, "You do not hold this ticket."),
    };

    private Task PublishAsync(string kind, Ticket ticket, string? volunteerId) =>
        feed.PublishAsync(new HandoffEvent(kind, ticket.TenantId, ticket.Id, clock.GetUtcNow(), VolunteerId: volunteerId));
}
