using System.Text.RegularExpressions;

namespace ChatAssistant.Dialogs.Texts;

/// <summary>Fills <c>{name}</c> placeholders; an unknown placeholder stays visible so a test or a reader notices it.</summary>
public static partial class TextTemplate
{
    public static string Fill(string template, params IReadOnlyDictionary<string, string>?[] sources) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var source in sources)
            {
                if (source is not null && source.TryGetValue(name, out var value))
                {
                    return value;
                }
            }

            return match.Value;
        });

    [GeneratedRegex(@"\{([a-zA-Z_][a-zA-Z0-9_.-]*)\}")]
    private static partial Regex Placeholder();
}
