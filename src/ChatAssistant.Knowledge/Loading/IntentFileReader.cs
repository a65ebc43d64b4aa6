namespace ChatAssistant.Knowledge.Loading;

/// <summary>Reads knowledge-base/intents/&lt;name&gt;.yaml.</summary>
internal static class IntentFileReader
{
    public static IntentExamples? Read(string path, string root, List<LoadProblem> problems)
    {
        var relative = Path.GetRelativePath(root, path);
        if (!KnowledgeFile.TryReadYaml<IntentYaml>(path, relative, problems, out var yaml))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(yaml?.Id))
        {
            problems.Add(new LoadProblem(relative, "missing 'id'"));
            return null;
        }

        var examples = (yaml.Examples ?? [])
            .ToDictionary(
                pair => pair.Key,
                pair => (IReadOnlyList<string>)(pair.Value ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).ToList(),
                StringComparer.Ordinal);
        if (examples.Values.Sum(e => e.Count) == 0)
        {
            problems.Add(new LoadProblem(relative, "no 'examples' (expected examples: { it: [...], en: [...] })"));
            return null;
        }

        // "title: { it: ..., en: ... }": one label per language.
        var titles = (yaml.Titles ?? [])
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value!.Trim(), StringComparer.Ordinal);
        return new IntentExamples(yaml.Id, titles, examples, path);
    }

    private sealed class IntentYaml
    {
        public string? Id { get; set; }
        [YamlDotNet.Serialization.YamlMember(Alias = "title")]
        public Dictionary<string, string?>? Titles { get; set; }
        public Dictionary<string, List<string>?>? Examples { get; set; }
    }
}
