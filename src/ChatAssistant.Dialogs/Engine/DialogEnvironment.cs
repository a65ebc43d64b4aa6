using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Texts;

namespace ChatAssistant.Dialogs.Engine;

/// <summary>What the engine needs from outside for one call: the texts, the language, and values every text may use (e.g. {tenant}).</summary>
public sealed record DialogEnvironment(IBotTexts Texts, string Language, IReadOnlyDictionary<string, string> Globals)
{
    public string Render(string key, IReadOnlyDictionary<string, string>? values = null) =>
        TextTemplate.Fill(Texts.Get(key, Language), values, Globals);
}
