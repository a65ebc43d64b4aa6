using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Understanding;

/// <summary>
/// <c>understanding.unknown</c>: the recognizer found nothing. The first time the flow goes on ("I don't know");
/// the second time in a row the citizen goes to a volunteer instead of hearing it again.
/// </summary>
public sealed class UnknownStreakAction : IDialogAction
{
    public const string Name = "understanding.unknown";

    /// <summary>The id of the message that last got "I don't know".</summary>
    public const string LastUnknownMemory = "unknown.last";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var state = context.Turn.State;
        var ids = state.RecentMessageIds;
        var previous = ids.Count >= 2 ? ids[^2] : null;
        if (previous is not null && state.Memory.Remove(LastUnknownMemory, out var last) && last == previous)
        {
            return Task.FromResult(ActionOutcome.SwitchTo(FlowIds.Volunteer));
        }

        if (ids.Count > 0)
        {
            state.Memory[LastUnknownMemory] = ids[^1];
        }

        return Task.FromResult(ActionOutcome.Continue);
    }
}
