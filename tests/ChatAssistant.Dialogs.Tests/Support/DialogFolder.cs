namespace ChatAssistant.Dialogs.Tests.Support;

/// <summary>A throw-away dialogs folder: flows and texts written by the test.</summary>
internal sealed class DialogFolder : IDisposable
{
    public DialogFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dialogs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "strings"));
    }

    public string Path { get; }

    public DialogFolder Flow(string id, string yaml)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, id + ".yaml"), yaml.ReplaceLineEndings("\n").TrimStart('\n'));
        return this;
    }

    /// <summary>Writes it.yaml and en.yaml with the same keys (the English text gets an "EN " prefix).</summary>
    public DialogFolder Texts(params string[] keys) => Texts(keys, keys);

    public DialogFolder Texts(IEnumerable<string> italianKeys, IEnumerable<string> englishKeys)
    {
        var engine = ChatAssistant.Dialogs.Engine.DialogEngine.TextKeys;
        File.WriteAllLines(System.IO.Path.Combine(Path, "strings", "it.yaml"), italianKeys.Concat(engine).Distinct().Select(k => $"{k}: \"{k}\""));
        File.WriteAllLines(System.IO.Path.Combine(Path, "strings", "en.yaml"), englishKeys.Concat(engine).Distinct().Select(k => $"{k}: \"EN {k}\""));
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
