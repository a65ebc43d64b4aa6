using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Outbox;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// Sends a message to a citizen outside a turn (a volunteer's reply, a queue notice): into the transcript, which rings
/// the web chat streams on every host, and for outbox channels (Telegram) into the outbox at reply priority.
/// </summary>
public sealed class CitizenMessenger(IConversationStore conversations, IOutboxStore outbox, TimeProvider clock, IOptions<PipelineOptions> pipeline)
{
    public const string VolunteerIdPrefix = "volunteer:";

    /// <summary>A message from the volunteer <paramref name="volunteerName"/>, shown with their name so the citizen knows a person writes.</summary>
    public Task<TranscriptEntry?> FromVolunteerAsync(Ticket ticket, string volunteerId, string volunteerName, string text, CancellationToken cancellationToken) =>
        SendAsync(ticket, new ChannelAccount { Id = VolunteerIdPrefix + volunteerId, Name = volunteerName, Role = RoleTypes.Bot }, $"{volunteerName}: {text}", [], cancellationToken);

    /// <summary>A notice of the service itself (queue place, apology, survey).</summary>
    public Task<TranscriptEntry?> FromBotAsync(Ticket ticket, string text, IReadOnlyList<string> buttons, CancellationToken cancellationToken) =>
        SendAsync(ticket, new ChannelAccount { Id = "bot", Role = RoleTypes.Bot }, text, buttons, cancellationToken);

    private async Task<TranscriptEntry?> SendAsync(Ticket ticket, ChannelAccount from, string text, IReadOnlyList<string> buttons, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = now,
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

        var appended = await conversations.AppendTranscriptAsync(ticket.ConversationKey, [activity], cancellationToken);
        if (pipeline.Value.OutboxChannels.Contains(ticket.ChannelId, StringComparer.Ordinal))
        {
            await outbox.EnqueueAsync([new OutboxMessage
            {
                Id = $"handoff:{ticket.Id}:{activity.Id}",
                BotId = ticket.TenantId,
                ChannelId = ticket.ChannelId,
                ChatId = ticket.ConversationId,
                Priority = OutboxPriority.Reply,
                ActivityJson = ActivityJson.Serialize(activity),
                CreatedAt = now,
                NotBefore = now,
            }], cancellationToken);
        }

        return appended.Count > 0 ? appended[0] : null;
    }
}
