using System.Globalization;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Handoff.Hours;
using ChatAssistant.Handoff.Queue;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Escalation;

/// <summary>
/// <c>handoff.offer</c>: the citizen asked for a person (the volunteer button or words, intent:operatore, two failed
/// answers in a row, a 👎). In hours: a ticket, their place in the queue and the wait. Out of hours: when the
/// volunteers are back, and their next message is kept for then. Replaces the bot's "not available yet" fallback.
/// </summary>
public sealed class HandoffOfferAction(
    IHandoffStore store,
    TicketOpener opener,
    QueueEstimator estimator,
    HandoffSettings settings,
    HandoffTexts texts,
    QueueMonitor monitor) : IDialogAction
{
    public const string Name = "handoff.offer";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var language = turn.Language;
        var open = await store.ListOpenAsync(turn.Tenant.Id, cancellationToken);
        if (open.FirstOrDefault(t => t.ConversationKey == turn.State.Key) is { } existing)
        {
            var (place, _) = await estimator.EstimateAsync(existing, open, cancellationToken);
            turn.SendText(texts.Get(HandoffTextKeys.StillWaiting, language, "position", Number(place)), [Button(HandoffTextKeys.Cancel, language)]);
            return ActionOutcome.EndAll;
        }

        var tenant = settings.For(turn.Tenant.Id);
        if (!tenant.Schedule.IsOpen(turn.Now))
        {
            SayClosed(turn, tenant.Schedule);
            return ActionOutcome.EndAll;
        }

        var ticket = await opener.OpenAsync(turn, message: null, queuedAt: turn.Now, cancellationToken);
        var (position, minutes) = await estimator.EstimateAsync(ticket, [.. open, ticket], cancellationToken);
        ticket.ToldPosition = position;
        ticket.ToldWaitMinutes = minutes;
        await store.TryUpdateAsync(ticket, cancellationToken);
        turn.SendText(texts.Get(HandoffTextKeys.Queued, language, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["position"] = Number(position),
            ["minutes"] = Number(minutes),
        }), [Button(HandoffTextKeys.Cancel, language)]);
        monitor.Nudge();
        return ActionOutcome.EndAll;
    }

    private void SayClosed(TurnContext turn, DeskSchedule schedule)
    {
        var language = turn.Language;
        var opening = schedule.NextOpening(turn.Now);
        var text = opening is { } at
            ? texts.Get(HandoffTextKeys.ClosedNow, language, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["when"] = OpeningWords.Describe(schedule.ToLocal(at), schedule.ToLocal(turn.Now), texts, language),
                ["hours"] = schedule.Describe(language),
            })
            : texts.Get(HandoffTextKeys.ClosedNoOpening, language);
        turn.SendText(text, [Button(HandoffTextKeys.Menu, language)]);
        turn.State.Memory[HandoffMemory.Leaving] = HandoffMemory.LeavingNew;
    }

    private CardAction Button(string key, string language) => Buttons.For(texts.Get(key, language));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
