namespace ChatAssistant.Knowledge.Loading;

/// <summary>Reads knowledge-base/intents/&lt;name&gt;.yaml.</summary>
internal static class IntentFileReader
{
    public static IntentExamples? Read(string path, string root, List<LoadProblem> problems)
    {
        var relative = Path.GetRelativePath(root, path);
        IntentYaml? yaml;
        try
        {
            yaml = FrontMatterDocument.ParseYaml<IntentYaml>(File.ReadAllText(path), out var error);
            if (error is not null)
            {
                problems.Add(new LoadProblem(relative, error));
                return null;
            }
        }
        catch (IOException ex)
        {
            problems.Add(new LoadProblem(relative, $"cannot read the file: {ex.Message}"));
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

        return new IntentExamples(yaml.Id, yaml.Title, examples, path);
    }

    private sealed class IntentYaml
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public Dictionary<string, List<string>?>? Examples { get; set; }
    }
}
