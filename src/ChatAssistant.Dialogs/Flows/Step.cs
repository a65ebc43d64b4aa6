namespace ChatAssistant.Dialogs.Flows;

/// <summary>One step of a flow as written in YAML. Which fields matter depends on <see cref="Kind"/>.</summary>
public sealed class Step
{
    public required string Id { get; init; }
    public required StepKind Kind { get; init; }
    /// <summary>Line of the step in its file (1-based), for error messages.</summary>
    public int Line { get; init; }

    /// <summary>String key of what a message or prompt says.</summary>
    public string? TextKey { get; init; }

    /// <summary>Buttons of a choice, in order.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>A value holding more options, filled at run time (see <see cref="Engine.DynamicOptions"/>); shown first.</summary>
    public string? OptionsFrom { get; init; }

    /// <summary>Where a prompt stores its answer; the step id when not given.</summary>
    public string? Into { get; init; }

    /// <summary>A choice that lets unmatched text go to the recognizer instead of re-prompting.</summary>
    public bool FreeText { get; init; }

    /// <summary>String key of a custom re-prompt.</summary>
    public string? RetryKey { get; init; }

    public long? Min { get; init; }
    public long? Max { get; init; }

    /// <summary>The value a branch looks at.</summary>
    public string? BranchOn { get; init; }

    public IReadOnlyDictionary<string, FlowTarget> Cases { get; init; } = new Dictionary<string, FlowTarget>();

    /// <summary>Where a branch goes when no case matches; without it the flow goes on to the next step.</summary>
    public FlowTarget? Default { get; init; }

    /// <summary>Where to go after this step instead of the following one.</summary>
    public FlowTarget? Next { get; init; }

    /// <summary>The flow a call step runs.</summary>
    public string? CallFlow { get; init; }

    /// <summary>The C# handler an action step runs.</summary>
    public string? ActionName { get; init; }

    /// <summary>String keys of buttons shown under a message (pressing one sends its label as text).</summary>
    public IReadOnlyList<string> Buttons { get; init; } = [];

    public string ValueName => Into ?? Id;
}

/// <param name="Value">The stable value stored when chosen.</param>
/// <param name="LabelKey">String key of the button's label.</param>
public sealed record ChoiceOption(string Value, string LabelKey, int Line);
