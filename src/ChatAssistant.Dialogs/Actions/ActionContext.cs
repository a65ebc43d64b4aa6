using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Dialogs.Actions;

/// <summary>What an action sees: the turn, the running flow's values, and the texts in the citizen's language.</summary>
public sealed class ActionContext(TurnContext turn, IDictionary<string, string> values, IBotTexts texts)
{
    public TurnContext Turn { get; } = turn;

    /// <summary>The running flow's values; changes are kept with the flow.</summary>
    public IDictionary<string, string> Values { get; } = values;

    public IBotTexts Texts { get; } = texts;

    /// <summary>The text for <paramref name="key"/> in the turn's language, with {placeholders} filled.</summary>
    public string Text(string key, IReadOnlyDictionary<string, string>? extra = null) =>
        Environment().Render(key, Merge(extra));

    /// <summary>Sends the text for <paramref name="key"/> with buttons labelled by <paramref name="buttonKeys"/>.</summary>
    public Activity Say(string key, params string[] buttonKeys) =>
        Turn.SendText(Text(key), buttonKeys.Select(b => Buttons.For(Text(b))));

    public DialogEnvironment Environment() => Environments.For(Turn, Texts);

    private Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? extra)
    {
        var merged = new Dictionary<string, string>(Values, StringComparer.Ordinal);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }

        return merged;
    }
}

/// <summary>How the engine's environment is built from a turn, in one place.</summary>
public static class Environments
{
    public const string TenantPlaceholder = "tenant";

    public static DialogEnvironment For(TurnContext turn, IBotTexts texts) =>
        new(texts, turn.Language, new Dictionary<string, string>(StringComparer.Ordinal) { [TenantPlaceholder] = turn.Tenant.Name });
}

/// <summary>Buttons send their label back as text, so what the citizen sees is what the prompt matches.</summary>
public static class Buttons
{
    public static CardAction For(string label) => CardAction.ImBack(label, label);
}
