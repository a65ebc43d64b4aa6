using System.Globalization;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Commands;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Handoff.Escalation;
using ChatAssistant.Handoff.Hours;
using ChatAssistant.Handoff.Queue;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// The pipeline step that keeps the bot silent while a person has the chat: a conversation in handoff sends the
/// citizen's messages to the ticket (stored with the turn, forwarded to the console by <see cref="CitizenMessageForwarder"/>)
/// instead of the flows, and nothing else of the bot runs, not even a greeting. "annulla" leaves the queue. After
/// closing it takes the 1–5 answer and an optional comment, then gives the conversation back to the bot.
/// Runs after redaction, so volunteers only ever see redacted text.
/// </summary>
public sealed class HandoffRouter(
    IHandoffStore store,
    TicketOpener opener,
    QueueEstimator estimator,
    HandoffSettings settings,
    HandoffTexts texts,
    HandoffFeed feed,
    GlobalCommands globalWords,
    Core.Events.IUsageEvents? usage = null) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        var memory = context.State.Memory;
        var text = context.Activity.IsMessage ? context.Activity.Text?.Trim() : null;
        var command = string.IsNullOrEmpty(text) ? GlobalCommand.None : globalWords.Match(text);
        var plainText = !string.IsNullOrEmpty(text) && command == GlobalCommand.None;

        if (memory.Remove(HandoffMemory.Comment, out var rated) && plainText)
        {
            await store.ApplyAsync(context.Tenant.Id, rated, t => { t.Comment = text; return null; }, cancellationToken);
            Reply(context, HandoffTextKeys.CommentThanks, HandoffTextKeys.Menu);
            return;
        }

        if (memory.Remove(HandoffMemory.Leaving, out var leaving) && plainText)
        {
            await LeaveMessageAsync(context, leaving, text!, cancellationToken);
            return;
        }

        if (!context.State.InHandoff)
        {
            await next();
            return;
        }

        var ticket = memory.TryGetValue(HandoffMemory.Ticket, out var id) ? await store.GetAsync(id, cancellationToken) : null;
        if (ticket is null || ticket.Status == TicketStatus.Closed)
        {
            EndHandoff(context);
            if (ticket is { SurveyPending: true } && await AnswerSurveyAsync(context, ticket, text, cancellationToken))
            {
                return;
            }

            await next();
            return;
        }

        if (command == GlobalCommand.Cancel)
        {
            await LeaveQueueAsync(context, ticket, cancellationToken);
            return;
        }

        // A message left for later: the bot goes on helping until a volunteer takes the ticket.
        if (ticket is { Status: TicketStatus.Waiting, Message: not null })
        {
            await next();
            return;
        }

        context.Dropped = true;
        if (ticket.Status == TicketStatus.Waiting && text is not null)
        {
            await AnswerWhileWaitingAsync(context, ticket, text, cancellationToken);
        }
    }

    private async Task AnswerWhileWaitingAsync(TurnContext context, Ticket ticket, string text, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (Is(text, HandoffTextKeys.LeaveMessage, language))
        {
            context.State.Memory[HandoffMemory.Leaving] = HandoffMemory.LeavingOnTicket;
            Reply(context, HandoffTextKeys.WriteMessage);
            return;
        }

        var keepWaiting = Is(text, HandoffTextKeys.KeepWaiting, language);
        if (keepWaiting || context.State.Memory.TryAdd(HandoffMemory.Noted, "yes"))
        {
            var open = await store.ListOpenAsync(ticket.TenantId, cancellationToken);
            var (position, _) = await estimator.EstimateAsync(ticket, open, cancellationToken);
            context.SendText(texts.Get(HandoffTextKeys.StillWaiting, language, "position", position.ToString(CultureInfo.InvariantCulture)),
                [Buttons.For(texts.Get(HandoffTextKeys.Cancel, language))]);
        }
    }

    private async Task LeaveMessageAsync(TurnContext context, string leaving, string text, CancellationToken cancellationToken)
    {
        if (leaving == HandoffMemory.LeavingNew)
        {
            var schedule = settings.For(context.Tenant.Id).Schedule;
            await opener.OpenAsync(context, text, schedule.NextOpening(context.Now) ?? context.Now, cancellationToken);
        }
        else if (context.State.Memory.TryGetValue(HandoffMemory.Ticket, out var id))
        {
            await store.ApplyAsync(context.Tenant.Id, id, t => { t.Message = text; return null; }, cancellationToken);
        }

        Reply(context, HandoffTextKeys.MessageSaved, HandoffTextKeys.Menu);
    }

    private async Task LeaveQueueAsync(TurnContext context, Ticket ticket, CancellationToken cancellationToken)
    {
        var result = await store.ApplyAsync(context.Tenant.Id, ticket.Id, t =>
        {
            if (t.Status == TicketStatus.Closed)
            {
                return TicketResult.Fail(TicketError.Conflict, "already closed");
            }

            t.Status = TicketStatus.Closed;
            t.Outcome = TicketOutcome.Left;
            t.ClosedAt = context.Now;
            return null;
        }, cancellationToken);
        if (result.Succeeded)
        {
            await feed.PublishAsync(new HandoffEvent(HandoffEventKinds.CitizenLeft, ticket.TenantId, ticket.Id, context.Now, VolunteerId: ticket.VolunteerId), cancellationToken);
        }

        EndHandoff(context);
        Reply(context, HandoffTextKeys.Cancelled, HandoffTextKeys.Menu);
    }

    /// <returns>True when the message was the rating (1 to 5); otherwise the survey is skipped and the bot answers.</returns>
    private async Task<bool> AnswerSurveyAsync(TurnContext context, Ticket ticket, string? text, CancellationToken cancellationToken)
    {
        int? rating = text is { Length: > 0 and <= 3 } && text[0] is >= '1' and <= '5' ? text[0] - '0' : null;
        await store.ApplyAsync(context.Tenant.Id, ticket.Id, t =>
        {
            t.SurveyPending = false;
            t.Rating = rating ?? t.Rating;
            return null;
        }, cancellationToken);
        if (rating is null)
        {
            return false;
        }

        usage?.Record(Core.Events.UsageEvent.SurveyAnswered(context.Tenant.Id, rating.Value, context.Now));
        context.State.Memory[HandoffMemory.Comment] = ticket.Id;
        Reply(context, HandoffTextKeys.SurveyThanks, HandoffTextKeys.Menu);
        return true;
    }

    private static void EndHandoff(TurnContext context)
    {
        context.State.InHandoff = false;
        context.State.Memory.Remove(HandoffMemory.Ticket);
        context.State.Memory.Remove(HandoffMemory.Noted);
    }

    private void Reply(TurnContext context, string key, string? buttonKey = null) =>
        context.SendText(texts.Get(key, context.Language), buttonKey is null ? null : [Buttons.For(texts.Get(buttonKey, context.Language))]);

    private bool Is(string text, string key, string language) =>
        TextNormalizer.Normalize(text) == TextNormalizer.Normalize(texts.Get(key, language));
}
