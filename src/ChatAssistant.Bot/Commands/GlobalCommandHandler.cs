using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Commands;

namespace ChatAssistant.Bot.Commands;

/// <summary>What each global word does: every one ends the running flows first, so the citizen is never stuck.</summary>
public sealed class GlobalCommandHandler(DialogRunner runner, IBotTexts texts)
{
    public Task HandleAsync(TurnContext context, GlobalCommand command, CancellationToken cancellationToken)
    {
        var (notice, flow) = command switch
        {
            GlobalCommand.Start => (null, FlowIds.Welcome),
            GlobalCommand.Menu => (null, FlowIds.Menu),
            GlobalCommand.Cancel => (BotTextKeys.CancelDone, FlowIds.Menu),
            GlobalCommand.Help => (null, FlowIds.Help),
            GlobalCommand.Volunteer => (null, FlowIds.Volunteer),
            GlobalCommand.Language => (null, FlowIds.Language),
            GlobalCommand.Privacy => (null, FlowIds.Privacy),
            GlobalCommand.Announcements => (null, FlowIds.Announcements),
            GlobalCommand.StopAnnouncements => (null, FlowIds.StopAnnouncements),
            GlobalCommand.UnknownCommand => (BotTextKeys.UnknownCommand, FlowIds.Menu),
            GlobalCommand.None => ((string?)null, (string?)null),
        };
        if (flow is null)
        {
            return Task.CompletedTask;
        }

        context.State.Dialog.Stack.Clear();
        if (notice is not null)
        {
            context.SendText(texts.Get(notice, context.Language));
        }

        return runner.BeginAsync(context, flow, null, cancellationToken);
    }
}
