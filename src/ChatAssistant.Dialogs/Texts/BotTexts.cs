using ChatAssistant.Core.Pipeline;

namespace ChatAssistant.Dialogs.Texts;

/// <summary>The bot's texts from dialogs/strings/&lt;language&gt;.yaml. A missing text falls back to Italian, then to the key.</summary>
public sealed class BotTexts(IReadOnlyDictionary<string, StringTable> tables) : IBotTexts
{
    public IReadOnlyDictionary<string, StringTable> Tables { get; } = tables;

    public string Get(string key, string language)
    {
        if (Tables.TryGetValue(language, out var table) && table.Texts.TryGetValue(key, out var text))
        {
            return text;
        }

        return Tables.TryGetValue(Languages.Italian, out var italian) && italian.Texts.TryGetValue(key, out var fallback) ? fallback : key;
    }

    public bool Has(string key, string language) => Tables.TryGetValue(language, out var table) && table.Texts.ContainsKey(key);
}

/// <summary>One language's texts, with the line of each key for error messages.</summary>
public sealed record StringTable(string Language, string File, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, int> Lines);
