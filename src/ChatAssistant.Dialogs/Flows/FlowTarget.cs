namespace ChatAssistant.Dialogs.Flows;

/// <summary>
/// Where a flow goes next: a step id of the same flow, <c>end</c>, or <c>flow:other</c> (the other flow takes this
/// flow's place; when it ends, control returns to whoever called this one).
/// </summary>
public sealed record FlowTarget(FlowTargetKind Kind, string Name, int Line)
{
    public const string EndWord = "end";
    public const string FlowPrefix = "flow:";

    public static FlowTarget Parse(string text, int line)
    {
        var trimmed = text.Trim();
        if (trimmed == EndWord)
        {
            return new FlowTarget(FlowTargetKind.End, EndWord, line);
        }

        return trimmed.StartsWith(FlowPrefix, StringComparison.Ordinal)
            ? new FlowTarget(FlowTargetKind.Flow, trimmed[FlowPrefix.Length..].Trim(), line)
            : new FlowTarget(FlowTargetKind.Step, trimmed, line);
    }

    public override string ToString() => Kind switch
    {
        FlowTargetKind.Step => Name,
        FlowTargetKind.End => EndWord,
        FlowTargetKind.Flow => FlowPrefix + Name,
    };
}

public enum FlowTargetKind
{
    Step,
    End,
    Flow,
}
