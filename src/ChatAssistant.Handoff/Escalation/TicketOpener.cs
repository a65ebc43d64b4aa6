using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Escalation;

/// <summary>
/// Opens a ticket for the turn's conversation, with the last messages from the stored transcript (already redacted:
/// nothing unredacted ever reaches a volunteer) and marks the conversation as in handoff.
/// </summary>
public sealed class TicketOpener(IHandoffStore store, IConversationStore conversations, HandoffFeed feed, IOptions<HandoffOptions> options)
{
    private const int Page = 500;
    private const string DefaultName = "Cittadino";

    /// <param name="message">A message the citizen left (out of hours), or null to wait for a volunteer now.</param>
    /// <param name="queuedAt">When the ticket joins the queue: now, or the next opening.</param>
    public async Task<Ticket> OpenAsync(TurnContext turn, string? message, DateTimeOffset queuedAt, CancellationToken cancellationToken)
    {
        var (recent, lastSequence) = await RecentAsync(turn.State.Key, cancellationToken);
        if (turn.Activity is { IsMessage: true, Text: { Length: > 0 } text })
        {
            recent.Add(new TicketMessage(RoleTypes.User, text, turn.Now));
        }

        var ticket = new Ticket
        {
            Id = Guid.NewGuid().ToString("N"),
            TenantId = turn.Tenant.Id,
            ConversationKey = turn.State.Key,
            ChannelId = turn.State.ChannelId,
            ConversationId = turn.Activity.Conversation!.Id!,
            CitizenUserId = turn.Activity.From!.Id!,
            DisplayName = string.IsNullOrWhiteSpace(turn.SenderName) ? DefaultName : turn.SenderName,
            Topic = turn.State.Memory.GetValueOrDefault(HandoffMemory.LastTopic),
            Language = turn.Language,
            Recent = recent.TakeLast(options.Value.RecentMessages).ToList(),
            StartSequence = lastSequence,
            Status = TicketStatus.Waiting,
            CreatedAt = turn.Now,
            QueuedAt = queuedAt,
            Message = message,
        };
        await store.InsertAsync(ticket, cancellationToken);
        turn.Usage.Outcome = Core.Events.UsageOutcome.Escalated;
        turn.Usage.Topic ??= ticket.Topic;
        turn.State.InHandoff = true;
        turn.State.Memory[HandoffMemory.Ticket] = ticket.Id;
        turn.State.Memory.Remove(HandoffMemory.Noted);
        await feed.PublishAsync(new HandoffEvent(HandoffEventKinds.Queued, ticket.TenantId, ticket.Id, turn.Now), cancellationToken);
        return ticket;
    }

    private async Task<(List<TicketMessage> Recent, long LastSequence)> RecentAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var keep = options.Value.RecentMessages;
        var recent = new Queue<TicketMessage>(keep + 1);
        long after = 0;
        while (true)
        {
            var page = await conversations.ReadTranscriptAsync(conversationKey, after, Page, cancellationToken);
            foreach (var entry in page)
            {
                after = entry.Sequence;
                var activity = ActivityJson.Deserialize(entry.ActivityJson);
                if (activity.IsMessage && !string.IsNullOrWhiteSpace(activity.Text))
                {
                    recent.Enqueue(new TicketMessage(activity.From?.Role ?? RoleTypes.Bot, activity.Text, entry.Timestamp));
                    if (recent.Count > keep)
                    {
                        recent.Dequeue();
                    }
                }
            }

            if (page.Count < Page)
            {
                return (recent.ToList(), after);
            }
        }
    }
}
