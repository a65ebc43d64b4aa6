using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Privacy;

/// <summary><c>privacy.erase</c>: the store erases the citizen's data instead of saving this turn; only the confirmation stays.</summary>
public sealed class PrivacyEraseAction : IDialogAction
{
    public const string Name = "privacy.erase";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        context.Turn.EraseCitizenData = true;
        context.Say(BotTextKeys.Erased);
        return Task.FromResult(ActionOutcome.EndAll);
    }
}
