namespace ChatAssistant.Dialogs.Engine;

/// <summary>How an action tells the engine to go on.</summary>
public sealed record ActionOutcome(ActionOutcomeKind Kind, string? FlowId = null, IReadOnlyDictionary<string, string>? Values = null)
{
    /// <summary>Go on with the next step.</summary>
    public static ActionOutcome Continue { get; } = new(ActionOutcomeKind.Continue);

    /// <summary>End the current flow (its caller, if any, goes on).</summary>
    public static ActionOutcome EndFlow { get; } = new(ActionOutcomeKind.EndFlow);

    /// <summary>End every flow.</summary>
    public static ActionOutcome EndAll { get; } = new(ActionOutcomeKind.EndAll);

    /// <summary>Replace every flow with <paramref name="flowId"/>, starting with <paramref name="values"/>.</summary>
    public static ActionOutcome SwitchTo(string flowId, IReadOnlyDictionary<string, string>? values = null) =>
        new(ActionOutcomeKind.Switch, flowId, values);
}

public enum ActionOutcomeKind
{
    Continue,
    EndFlow,
    EndAll,
    Switch,
}
