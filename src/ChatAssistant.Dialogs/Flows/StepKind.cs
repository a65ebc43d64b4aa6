namespace ChatAssistant.Dialogs.Flows;

/// <summary>What a step does. Each kind is named by the YAML key that introduces it (see <see cref="StepKinds"/>).</summary>
public enum StepKind
{
    /// <summary>Says something and goes on.</summary>
    Message,
    /// <summary>Waits for any text.</summary>
    Text,
    /// <summary>Buttons; the answer must match one.</summary>
    Choice,
    /// <summary>Yes or no.</summary>
    Confirm,
    /// <summary>A whole number, optionally within min/max.</summary>
    Number,
    /// <summary>Goes to a step chosen by a stored value.</summary>
    Branch,
    /// <summary>Runs another flow, then comes back to the next step.</summary>
    Call,
    /// <summary>Runs a C# handler registered by name.</summary>
    Action,
    /// <summary>Ends the flow (returning to the caller, if any).</summary>
    End,
}

public static class StepKinds
{
    /// <summary>The YAML key of each kind, e.g. <c>choice: menu.question</c>.</summary>
    public static readonly IReadOnlyDictionary<string, StepKind> ByKey = new Dictionary<string, StepKind>(StringComparer.Ordinal)
    {
        ["message"] = StepKind.Message,
        ["text"] = StepKind.Text,
        ["choice"] = StepKind.Choice,
        ["confirm"] = StepKind.Confirm,
        ["number"] = StepKind.Number,
        ["branch"] = StepKind.Branch,
        ["flow"] = StepKind.Call,
        ["action"] = StepKind.Action,
        ["end"] = StepKind.End,
    };

    public static bool IsPrompt(this StepKind kind) => kind switch
    {
        StepKind.Text or StepKind.Choice or StepKind.Confirm or StepKind.Number => true,
        StepKind.Message or StepKind.Branch or StepKind.Call or StepKind.Action or StepKind.End => false,
    };
}
