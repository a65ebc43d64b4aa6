using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Texts;

namespace ChatAssistant.Handoff;

/// <summary>The handoff's texts in a language, with {placeholders} filled.</summary>
public sealed class HandoffTexts(IBotTexts texts)
{
    public string Get(string key, string language, IReadOnlyDictionary<string, string>? values = null) =>
        TextTemplate.Fill(texts.Get(key, language), values);

    public string Get(string key, string language, string name, string value) =>
        Get(key, language, new Dictionary<string, string>(StringComparer.Ordinal) { [name] = value });
}
