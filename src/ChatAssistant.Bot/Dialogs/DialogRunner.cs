using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Dialogs;

/// <summary>
/// Performs what the engine asks for: sends its messages as replies (buttons as imBack with the label), runs the
/// named actions, and reports their outcome back, until the engine waits or the flows end.
/// </summary>
public sealed class DialogRunner(DialogEngine engine, DialogActionRegistry actions, IBotTexts texts)
{
    public bool HasFlow(string flowId) => engine.HasFlow(flowId);

    public Task BeginAsync(TurnContext turn, string flowId, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken) =>
        PerformAsync(turn, engine.Begin(turn.State.Dialog, flowId, Environments.For(turn, texts), values), cancellationToken);

    /// <summary>Gives the citizen's text to the waiting prompt; returns the text when it was free text for the recognizer.</summary>
    public Task<string?> AnswerAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        PerformAsync(turn, engine.Answer(turn.State.Dialog, text, Environments.For(turn, texts)), cancellationToken);

    private async Task<string?> PerformAsync(TurnContext turn, DialogResult result, CancellationToken cancellationToken)
    {
        while (true)
        {
            foreach (var message in result.Messages)
            {
                turn.SendText(message.Text, message.Buttons.Select(Buttons.For));
            }

            if (result.Action is not { } request)
            {
                return result.FreeText;
            }

            result = await RunAsync(turn, request, cancellationToken);
        }
    }

    private async Task<DialogResult> RunAsync(TurnContext turn, ActionRequest request, CancellationToken cancellationToken)
    {
        var outcome = await actions.Get(request.Name).RunAsync(new ActionContext(turn, request.Values, texts), cancellationToken);
        return engine.AfterAction(turn.State.Dialog, request, outcome, Environments.For(turn, texts));
    }
}
