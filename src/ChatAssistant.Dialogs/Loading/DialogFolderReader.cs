using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Flows;
using ChatAssistant.Dialogs.Texts;
using ChatAssistant.Dialogs.Validation;

namespace ChatAssistant.Dialogs.Loading;

/// <summary>Reads every flow (dialogs/*.yaml) and every language's texts (dialogs/strings/*.yaml).</summary>
internal static class DialogFolderReader
{
    public static (IReadOnlyDictionary<string, Flow> Flows, BotTexts Texts) Read(string path, List<DialogProblem> problems)
    {
        var flows = new Dictionary<string, Flow>(StringComparer.Ordinal);
        var tables = new Dictionary<string, StringTable>(StringComparer.Ordinal);
        if (!Directory.Exists(path))
        {
            problems.Add(new DialogProblem(path, 0, "The dialogs folder does not exist."));
            return (flows, new BotTexts(tables));
        }

        foreach (var file in Directory.EnumerateFiles(path).Where(IsYaml).Order(StringComparer.Ordinal))
        {
            if (FlowFileReader.Read(file, problems) is { } flow)
            {
                flows[flow.Id] = flow;
            }
        }

        foreach (var language in Languages.Supported)
        {
            tables[language] = StringsFileReader.Read(Path.Combine(path, "strings", language + ".yaml"), language, problems);
        }

        return (flows, new BotTexts(tables));
    }

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
