namespace ChatAssistant.Dialogs.Engine;

/// <summary>
/// Choice options decided at run time (e.g. "did you mean" topics), kept in a flow value as lines
/// "value&lt;TAB&gt;label" so the state stays plain strings. Labels here are final text, not keys.
/// </summary>
public static class DynamicOptions
{
    public static string Encode(IEnumerable<(string Value, string Label)> options) =>
        string.Join('\n', options.Select(o => $"{Clean(o.Value)}\t{Clean(o.Label)}"));

    public static IReadOnlyList<(string Value, string Label)> Decode(string? encoded) =>
        string.IsNullOrEmpty(encoded)
            ? []
            : encoded.Split('\n').Select(line => line.Split('\t', 2)).Where(p => p.Length == 2).Select(p => (p[0], p[1])).ToList();

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}
