using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Proactive;
using ChatAssistant.Core.Storage;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// Sends a message to a citizen outside a turn (a volunteer's reply, a queue notice) through the
/// <see cref="ProactiveMessenger"/>, at reply priority: a person is waiting for it.
/// </summary>
public sealed class CitizenMessenger(ProactiveMessenger messenger)
{
    public const string VolunteerIdPrefix = "volunteer:";

    /// <summary>A message from the volunteer <paramref name="volunteerName"/>, shown with their name so the citizen knows a person writes.</summary>
    public Task<TranscriptEntry?> FromVolunteerAsync(Ticket ticket, string volunteerId, string volunteerName, string text, CancellationToken cancellationToken) =>
        SendAsync(ticket, new ChannelAccount { Id = VolunteerIdPrefix + volunteerId, Name = volunteerName, Role = RoleTypes.Bot }, $"{volunteerName}: {text}", [], cancellationToken);

    /// <summary>A notice of the service itself (queue place, apology, survey).</summary>
    public Task<TranscriptEntry?> FromBotAsync(Ticket ticket, string text, IReadOnlyList<string> buttons, CancellationToken cancellationToken) =>
        SendAsync(ticket, new ChannelAccount { Id = "bot", Role = RoleTypes.Bot }, text, buttons, cancellationToken);

    private Task<TranscriptEntry?> SendAsync(Ticket ticket, ChannelAccount from, string text, IReadOnlyList<string> buttons, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = ticket.ChannelId,
            From = from,
            Recipient = new ChannelAccount { Id = ticket.CitizenUserId, Name = ticket.DisplayName, Role = RoleTypes.User },
            Conversation = new ConversationAccount { Id = ticket.ConversationId, TenantId = ticket.TenantId },
            Text = text,
            Locale = ticket.Language,
        };
        if (buttons.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = buttons.Select(b => CardAction.ImBack(b)).ToList() };
        }

        return messenger.DeliverAsync(activity, ticket.TenantId, $"handoff:{ticket.Id}:{activity.Id}", OutboxPriority.Reply, cancellationToken);
    }
}
