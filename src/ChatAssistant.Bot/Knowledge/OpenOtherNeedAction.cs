using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Understanding;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Knowledge;

/// <summary>
/// <c>kb.open_other</c>: the message asked for two things; after the answer to the first, the citizen pressed the
/// button of the second. Goes where that id leads (its answer or its flow).
/// </summary>
public sealed class OpenOtherNeedAction(DialogEngine engine) : IDialogAction
{
    public const string Name = "kb.open_other";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Values.TryGetValue(FlowValues.OtherNeed, out var id)
            ? CatalogRoutes.SwitchTo(id, engine.HasFlow)
            : ActionOutcome.SwitchTo(FlowIds.Menu));
}
