using System.Globalization;
using ChatAssistant.Core.Conversations;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Flows;
using ChatAssistant.Dialogs.Texts;

namespace ChatAssistant.Dialogs.Engine;

/// <summary>The buttons a prompt shows and how an answer to it is read.</summary>
internal static class PromptAnswers
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The value to store, or null when the answer does not fit the prompt.</summary>
    public static string? Interpret(Step step, DialogFrame frame, string text, DialogEnvironment env) => step.Kind switch
    {
        StepKind.Text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        StepKind.Choice => AnswerMatcher.MatchChoice(text, ChoiceOptions(step, frame, env)),
        StepKind.Confirm => AnswerMatcher.MatchConfirm(text, AllLanguages(DialogEngine.YesKey, env), AllLanguages(DialogEngine.NoKey, env)) switch
        {
            true => Yes,
            false => No,
            null => null,
        },
        StepKind.Number => AnswerMatcher.MatchNumber(text) is { } n && n >= (step.Min ?? long.MinValue) && n <= (step.Max ?? long.MaxValue)
            ? n.ToString(CultureInfo.InvariantCulture)
            : null,
        StepKind.Message or StepKind.Branch or StepKind.Call or StepKind.Action or StepKind.End => null,
    };

    public static IReadOnlyList<string> Buttons(Step step, DialogFrame frame, DialogEnvironment env) => step.Kind switch
    {
        StepKind.Choice => DynamicOptions.Decode(OptionsValue(step, frame)).Select(o => o.Label)
            .Concat(step.Options.Select(o => env.Render(o.LabelKey, frame.Values))).ToList(),
        StepKind.Confirm => [env.Render(DialogEngine.YesKey), env.Render(DialogEngine.NoKey)],
        // A text step may offer run-time buttons too (e.g. the free days), while any typed answer stays valid.
        StepKind.Text => DynamicOptions.Decode(OptionsValue(step, frame)).Select(o => o.Label)
            .Concat(step.Buttons.Select(b => env.Render(b, frame.Values))).ToList(),
        StepKind.Number or StepKind.Message or StepKind.Branch or StepKind.Call or StepKind.Action or StepKind.End =>
            step.Buttons.Select(b => env.Render(b, frame.Values)).ToList(),
    };

    public static string RetryKey(Step step, string text) => step.Kind switch
    {
        StepKind.Choice => DialogEngine.RetryChoiceKey,
        StepKind.Confirm => DialogEngine.RetryConfirmKey,
        StepKind.Number => AnswerMatcher.MatchNumber(text) is null || (step.Min is null && step.Max is null)
            ? DialogEngine.RetryNumberKey
            : DialogEngine.RetryNumberRangeKey,
        StepKind.Text or StepKind.Message or StepKind.Branch or StepKind.Call or StepKind.Action or StepKind.End => DialogEngine.RetryTextKey,
    };

    /// <summary>Options in button order (run-time ones first), each with its label in every language.</summary>
    private static List<(string Value, IReadOnlyList<string> Labels)> ChoiceOptions(Step step, DialogFrame frame, DialogEnvironment env) =>
        DynamicOptions.Decode(OptionsValue(step, frame)).Select(o => (o.Value, (IReadOnlyList<string>)[o.Label]))
            .Concat(step.Options.Select(o => (o.Value, (IReadOnlyList<string>)AllLanguages(o.LabelKey, env, frame.Values))))
            .ToList();

    private static List<string> AllLanguages(string key, DialogEnvironment env, IReadOnlyDictionary<string, string>? values = null) =>
        Languages.Supported.Select(language => TextTemplate.Fill(env.Texts.Get(key, language), values, env.Globals)).ToList();

    private static string? OptionsValue(Step step, DialogFrame frame) =>
        step.OptionsFrom is null ? null : frame.Values.GetValueOrDefault(step.OptionsFrom);
}
