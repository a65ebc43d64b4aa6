using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Bot.Commands;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Understanding;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Commands;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot;

/// <summary>
/// The bot at the end of the turn pipeline. In order: a global word or /command wins; otherwise a waiting prompt
/// gets the answer; otherwise (or when a free-text prompt did not match) the recognizer decides. A reminder's button
/// ("Confermo" / "Non posso venire" with the booking code) is answered whatever the chat was doing; it is optional,
/// so a composition without appointments still runs the bot.
/// </summary>
public sealed class ChatBot(
    DialogRunner runner,
    GlobalCommands globalWords,
    GlobalCommandHandler commands,
    FreeTextRouter freeText,
    IBotTexts texts,
    ReminderAnswers? reminderAnswers = null) : ITurnHandler
{
    public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            // A chat window that opens greets the citizen, but never interrupts a flow in progress.
            if (!context.State.Dialog.IsActive)
            {
                await runner.BeginAsync(context, FlowIds.Welcome, null, cancellationToken);
            }

            return;
        }

        if (!activity.IsMessage)
        {
            return;
        }

        var text = activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) && DialogEngine.IsWaiting(context.State.Dialog) && SharedInput.HasAny(activity))
        {
            // A place or a photo shared into a waiting prompt (segnala): the flow's next action reads it from the activity.
            text = SharedInput.Marker;
        }

        if (string.IsNullOrEmpty(text))
        {
            context.SendText(texts.Get(BotTextKeys.TextOnly, context.Language));
            return;
        }

        var command = globalWords.Match(text);
        if (command != GlobalCommand.None)
        {
            await commands.HandleAsync(context, command, cancellationToken);
            return;
        }

        if (reminderAnswers is not null
            && await reminderAnswers.HandleAsync(context.Tenant.Id, context.Citizen.Id, text, cancellationToken) is var answer and not ReminderAnswerKind.NotAnAnswer)
        {
            context.SendText(texts.Get(answer switch
            {
                ReminderAnswerKind.Confirmed => "appointments.reminder_confirmed",
                ReminderAnswerKind.Cancelled => "appointments.cancelled",
                _ => "appointments.unknown",
            }, context.Language));
            return;
        }

        var unmatched = DialogEngine.IsWaiting(context.State.Dialog)
            ? await runner.AnswerAsync(context, text, cancellationToken)
            : text;
        if (unmatched is not null)
        {
            await freeText.RouteAsync(context, unmatched, cancellationToken);
        }
    }
}
