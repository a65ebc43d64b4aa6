using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Dialogs.Flows;
using ChatAssistant.Dialogs.Texts;

namespace ChatAssistant.Dialogs.Validation;

/// <summary>
/// Checks what a single file cannot: every target, called flow, action and text key exists, step ids are unique,
/// every step can be reached, and both languages have the same texts.
/// </summary>
public static class DialogValidator
{
    public static IReadOnlyList<DialogProblem> Validate(string path, DialogRequirements requirements) =>
        DialogCatalog.Read(path, requirements).Problems;

    internal static List<DialogProblem> Validate(IReadOnlyDictionary<string, Flow> flows, BotTexts texts, DialogRequirements requirements)
    {
        var problems = new List<DialogProblem>();
        var actions = new HashSet<string>(requirements.ActionNames, StringComparer.Ordinal);
        foreach (var flow in flows.Values)
        {
            var check = new FlowCheck(flow, flows, texts, actions, problems);
            check.Run();
        }

        foreach (var flowId in requirements.FlowIds.Where(id => !flows.ContainsKey(id)))
        {
            problems.Add(new DialogProblem(FirstTableFile(texts, "flows"), 0, $"The flow '{flowId}' is used by the bot's code but there is no {flowId}.yaml."));
        }

        CheckTexts(texts, requirements.TextKeys.Concat(DialogEngine.TextKeys), problems);
        return problems;
    }

    private static void CheckTexts(BotTexts texts, IEnumerable<string> codeKeys, List<DialogProblem> problems)
    {
        foreach (var table in texts.Tables.Values)
        {
            foreach (var key in codeKeys.Distinct(StringComparer.Ordinal).Where(k => !table.Texts.ContainsKey(k)))
            {
                problems.Add(new DialogProblem(table.File, 0, $"The text '{key}' is used by the bot's code but is missing."));
            }

            foreach (var other in texts.Tables.Values.Where(o => o != table))
            {
                foreach (var key in table.Texts.Keys.Where(k => !other.Texts.ContainsKey(k)))
                {
                    problems.Add(new DialogProblem(table.File, table.Lines[key], $"The text '{key}' has no translation in {Path.GetFileName(other.File)}."));
                }
            }
        }
    }

    private static string FirstTableFile(BotTexts texts, string fallback) =>
        texts.Tables.Values.Select(t => Path.GetDirectoryName(Path.GetDirectoryName(t.File))).FirstOrDefault() ?? fallback;
}
