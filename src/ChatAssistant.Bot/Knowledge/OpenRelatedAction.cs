using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Knowledge;

/// <summary><c>kb.open_related</c>: starts the flow the answer offered (e.g. booking after the SPID answer).</summary>
public sealed class OpenRelatedAction : IDialogAction
{
    public const string Name = "kb.open_related";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Values.TryGetValue(FlowValues.Related, out var flow)
            ? ActionOutcome.SwitchTo(flow)
            : ActionOutcome.SwitchTo(FlowIds.Menu));
}
