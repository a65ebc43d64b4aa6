using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Dialogs.Actions;

/// <summary>
/// A named piece of C# a flow runs with <c>action: name</c> (e.g. <c>kb.answer</c>). It may send messages, read and
/// set the flow's values, and tell the engine how to go on. Register it with
/// <see cref="DialogActionServiceCollectionExtensions.AddDialogAction{TAction}"/>.
/// </summary>
public interface IDialogAction
{
    Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken);
}
