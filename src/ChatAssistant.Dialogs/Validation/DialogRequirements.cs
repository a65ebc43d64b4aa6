namespace ChatAssistant.Dialogs.Validation;

/// <summary>
/// What the code expects of the dialogs folder: the actions it implements (so a flow cannot name another), and
/// the flows and text keys it uses by name (so a renamed flow or a missing text fails at start-up, not in a chat).
/// </summary>
public sealed record DialogRequirements(
    IReadOnlyCollection<string> ActionNames,
    IReadOnlyCollection<string> FlowIds,
    IReadOnlyCollection<string> TextKeys)
{
    public static DialogRequirements None { get; } = new([], [], []);

    /// <summary>Combines what every registered part of the bot declared.</summary>
    public static DialogRequirements Combine(IEnumerable<DialogActionName> actions, IEnumerable<RequiredDialogContent> contents)
    {
        var list = contents.ToList();
        return new DialogRequirements(
            actions.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList(),
            list.SelectMany(c => c.FlowIds).Distinct(StringComparer.Ordinal).ToList(),
            list.SelectMany(c => c.TextKeys).Distinct(StringComparer.Ordinal).ToList());
    }
}

/// <summary>Registered once per action (see <see cref="Actions.DialogActionServiceCollectionExtensions"/>).</summary>
public sealed record DialogActionName(string Name);

/// <summary>Flows and text keys a part of the code uses by name; register one per part.</summary>
public sealed record RequiredDialogContent(IReadOnlyCollection<string> FlowIds, IReadOnlyCollection<string> TextKeys);
