using System.Globalization;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Dialogs.Flows;

namespace ChatAssistant.Dialogs.Engine;

/// <summary>
/// Runs flows over a <see cref="DialogState"/>: from the current step until a prompt waits for the citizen, an
/// action must run, or every flow has ended. Deterministic and free of I/O: all it knows is in the state, the
/// flows and the environment, so a conversation resumes exactly where it was after a restart.
/// </summary>
public sealed class DialogEngine(IReadOnlyDictionary<string, Flow> flows)
{
    /// <summary>The action asked for when a citizen answers a prompt wrongly twice in a row.</summary>
    public const string EscalationAction = "handoff.offer";

    public const int InvalidAnswersBeforeEscalation = 2;

    public const string RetryChoiceKey = "prompt.retry.choice";
    public const string RetryConfirmKey = "prompt.retry.confirm";
    public const string RetryNumberKey = "prompt.retry.number";
    public const string RetryNumberRangeKey = "prompt.retry.number_range";
    public const string RetryTextKey = "prompt.retry.text";
    public const string YesKey = "button.yes";
    public const string NoKey = "button.no";

    /// <summary>A flow that keeps jumping without waiting is a bug in the flow, not a reason to hang the turn.</summary>
    private const int MaxStepsPerCall = 500;

    /// <summary>The texts the engine itself uses; every language must have them.</summary>
    public static IReadOnlyList<string> TextKeys { get; } =
        [RetryChoiceKey, RetryConfirmKey, RetryNumberKey, RetryNumberRangeKey, RetryTextKey, YesKey, NoKey];

    public DialogEngine(DialogCatalog catalog)
        : this(catalog.Flows)
    {
    }

    public bool HasFlow(string flowId) => flows.ContainsKey(flowId);

    /// <summary>True when the innermost flow waits for the citizen's answer.</summary>
    public static bool IsWaiting(DialogState state) => state.Stack.Count > 0 && state.Stack[^1].Waiting;

    /// <summary>Starts <paramref name="flowId"/> on top of the stack (it returns to the running flow when it ends).</summary>
    public DialogResult Begin(DialogState state, string flowId, DialogEnvironment env, IReadOnlyDictionary<string, string>? values = null)
    {
        var result = new DialogResult();
        Push(state, flowId, values);
        Run(state, env, result);
        return result;
    }

    /// <summary>The citizen's answer to the waiting prompt.</summary>
    public DialogResult Answer(DialogState state, string text, DialogEnvironment env)
    {
        var result = new DialogResult();
        if (!IsWaiting(state) || CurrentStep(state.Stack[^1]) is not { } step)
        {
            state.Stack.Clear();
            result.FreeText = text;
            return result;
        }

        var frame = state.Stack[^1];
        if (PromptAnswers.Interpret(step, frame, text, env) is { } answer)
        {
            frame.Values[step.ValueName] = answer;
            frame.Waiting = false;
            frame.Retries = 0;
            Advance(state, frame, step);
            Run(state, env, result);
            return result;
        }

        if (step.FreeText)
        {
            state.Stack.Clear();
            result.FreeText = text;
            return result;
        }

        frame.Retries++;
        if (frame.Retries >= InvalidAnswersBeforeEscalation)
        {
            state.Stack.Clear();
            result.Action = new ActionRequest(EscalationAction, new Dictionary<string, string>(StringComparer.Ordinal), FromStep: false);
            return result;
        }

        var retryKey = step.RetryKey ?? PromptAnswers.RetryKey(step, text);
        var limits = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["min"] = step.Min?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["max"] = step.Max?.ToString(CultureInfo.InvariantCulture) ?? "",
        };
        result.Say(env.Render(retryKey, limits), PromptAnswers.Buttons(step, frame, env));
        return result;
    }

    /// <summary>Goes on after the caller ran <paramref name="request"/> and got <paramref name="outcome"/>.</summary>
    public DialogResult AfterAction(DialogState state, ActionRequest request, ActionOutcome outcome, DialogEnvironment env)
    {
        var result = new DialogResult();
        var atActionStep = request.FromStep && state.Stack.Count > 0 && !state.Stack[^1].Waiting
            && CurrentStep(state.Stack[^1]) is { Kind: StepKind.Action };
        switch (outcome.Kind)
        {
            case ActionOutcomeKind.Continue when atActionStep:
                Advance(state, state.Stack[^1], CurrentStep(state.Stack[^1])!);
                break;
            case ActionOutcomeKind.EndFlow when atActionStep:
                Pop(state);
                break;
            case ActionOutcomeKind.EndAll:
                state.Stack.Clear();
                break;
            case ActionOutcomeKind.Switch:
                state.Stack.Clear();
                Push(state, outcome.FlowId!, outcome.Values);
                break;
            default:
                break;
        }

        Run(state, env, result);
        return result;
    }

    private void Run(DialogState state, DialogEnvironment env, DialogResult result)
    {
        for (var count = 0; state.Stack.Count > 0 && !state.Stack[^1].Waiting; count++)
        {
            var frame = state.Stack[^1];
            if (count > MaxStepsPerCall)
            {
                throw new InvalidOperationException(
                    $"Flow '{frame.FlowId}' ran {MaxStepsPerCall} steps without waiting for the citizen: check its 'next' and branches for a loop.");
            }

            if (CurrentStep(frame) is not { } step)
            {
                // The flow file changed since this conversation was saved: drop the stale frame rather than fail every turn.
                state.Stack.RemoveAt(state.Stack.Count - 1);
                continue;
            }

            var stop = step.Kind switch
            {
                StepKind.Message => Say(state, frame, step, env, result),
                StepKind.Text or StepKind.Choice or StepKind.Confirm or StepKind.Number => Prompt(frame, step, env, result),
                StepKind.Branch => Branch(state, frame, step),
                StepKind.Call => Call(state, frame, step),
                StepKind.Action => RequestAction(frame, step, result),
                StepKind.End => Pop(state),
            };
            if (stop)
            {
                return;
            }
        }
    }

    private bool Say(DialogState state, DialogFrame frame, Step step, DialogEnvironment env, DialogResult result)
    {
        result.Say(env.Render(step.TextKey!, frame.Values), step.Buttons.Select(b => env.Render(b, frame.Values)).ToList());
        Advance(state, frame, step);
        return false;
    }

    private static bool Prompt(DialogFrame frame, Step step, DialogEnvironment env, DialogResult result)
    {
        result.Say(env.Render(step.TextKey!, frame.Values), PromptAnswers.Buttons(step, frame, env));
        frame.Waiting = true;
        return true;
    }

    private bool Branch(DialogState state, DialogFrame frame, Step step)
    {
        var value = step.BranchOn is null ? null : frame.Values.GetValueOrDefault(step.BranchOn);
        if (value is not null && step.Cases.TryGetValue(value, out var target))
        {
            Jump(state, frame, target);
        }
        else if (step.Default is { } fallback)
        {
            Jump(state, frame, fallback);
        }
        else
        {
            Advance(state, frame, step);
        }

        return false;
    }

    private bool Call(DialogState state, DialogFrame frame, Step step)
    {
        Push(state, step.CallFlow!, frame.Values);
        return false;
    }

    private static bool RequestAction(DialogFrame frame, Step step, DialogResult result)
    {
        result.Action = new ActionRequest(step.ActionName!, frame.Values, FromStep: true);
        return true;
    }

    private void Advance(DialogState state, DialogFrame frame, Step step)
    {
        if (step.Next is { } next)
        {
            Jump(state, frame, next);
        }
        else if (flows[frame.FlowId].After(step) is { } following)
        {
            MoveTo(frame, following.Id);
        }
        else
        {
            Pop(state);
        }
    }

    private void Jump(DialogState state, DialogFrame frame, FlowTarget target)
    {
        switch (target.Kind)
        {
            case FlowTargetKind.Step:
                MoveTo(frame, target.Name);
                break;
            case FlowTargetKind.End:
                Pop(state);
                break;
            case FlowTargetKind.Flow:
                // The other flow takes this one's place and starts with its values.
                state.Stack.RemoveAt(state.Stack.Count - 1);
                Push(state, target.Name, frame.Values);
                break;
        }
    }

    /// <summary>Ends the innermost flow; a caller waiting on a call step goes on after it.</summary>
    private bool Pop(DialogState state)
    {
        state.Stack.RemoveAt(state.Stack.Count - 1);
        if (state.Stack.Count > 0 && state.Stack[^1] is { Waiting: false } parent && CurrentStep(parent) is { Kind: StepKind.Call } callStep)
        {
            Advance(state, parent, callStep);
        }

        return false;
    }

    private void Push(DialogState state, string flowId, IEnumerable<KeyValuePair<string, string>>? values)
    {
        if (!flows.TryGetValue(flowId, out var flow))
        {
            throw new InvalidOperationException($"There is no flow '{flowId}' in the dialogs folder.");
        }

        state.Stack.Add(new DialogFrame
        {
            FlowId = flow.Id,
            StepId = flow.Steps[0].Id,
            Values = values is null ? new(StringComparer.Ordinal) : new(values, StringComparer.Ordinal),
        });
    }

    private static void MoveTo(DialogFrame frame, string stepId)
    {
        frame.StepId = stepId;
        frame.Waiting = false;
        frame.Retries = 0;
    }

    private Step? CurrentStep(DialogFrame frame) => flows.TryGetValue(frame.FlowId, out var flow) ? flow.Find(frame.StepId) : null;
}
