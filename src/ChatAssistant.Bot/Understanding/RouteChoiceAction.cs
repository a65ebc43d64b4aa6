using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Understanding;

/// <summary><c>understanding.route</c>: follows the catalogue id the citizen picked in "Did you mean…".</summary>
public sealed class RouteChoiceAction(DialogEngine engine) : IDialogAction
{
    public const string Name = "understanding.route";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = context.Values.TryGetValue(FlowValues.Topic, out var topic) ? topic : Core.Understanding.Recognition.None;
        if (id != Core.Understanding.Recognition.None)
        {
            MissedAction.Reset(context.Turn.State);
        }

        return Task.FromResult(CatalogRoutes.SwitchTo(id, engine.HasFlow));
    }
}
