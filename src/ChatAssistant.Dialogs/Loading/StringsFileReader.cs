using ChatAssistant.Dialogs.Texts;
using ChatAssistant.Dialogs.Validation;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Dialogs.Loading;

/// <summary>Reads dialogs/strings/&lt;language&gt;.yaml: a flat mapping "key: text".</summary>
internal static class StringsFileReader
{
    public static StringTable Read(string file, string language, List<DialogProblem> problems)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            problems.Add(new DialogProblem(file, 0, $"The texts for language '{language}' are missing."));
            return new StringTable(language, file, texts, lines);
        }

        var root = YamlFile.ReadRoot(file, problems);
        if (root is not YamlMappingNode map)
        {
            if (root is not null)
            {
                problems.Add(new DialogProblem(file, YamlFile.LineOf(root), "The texts must be a mapping 'key: text'."));
            }

            return new StringTable(language, file, texts, lines);
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (valueNode is not YamlScalarNode { Value: { } text })
            {
                problems.Add(new DialogProblem(file, YamlFile.LineOf(keyNode), $"The text '{key}' must be a plain string."));
                continue;
            }

            texts[key] = text.Trim();
            lines[key] = YamlFile.LineOf(keyNode);
        }

        return new StringTable(language, file, texts, lines);
    }
}
