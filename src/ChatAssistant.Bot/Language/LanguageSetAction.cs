using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Language;

/// <summary><c>language.set</c>: keeps the language chosen in the flow value "lingua"; detection no longer overrides it.</summary>
public sealed class LanguageSetAction : IDialogAction
{
    public const string Name = "language.set";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Values.TryGetValue(FlowValues.Language, out var language) && Languages.Supported.Contains(language))
        {
            context.Turn.State.Language = language;
            context.Turn.State.LanguageChosen = true;
        }

        return Task.FromResult(ActionOutcome.Continue);
    }
}
