using ChatAssistant.Core.Pipeline;

namespace ChatAssistant.Dialogs.Tests.Support;

/// <summary>Texts that show their key (so a test sees which text was chosen), with a few real ones.</summary>
internal sealed class FakeTexts(Dictionary<string, string>? italian = null, Dictionary<string, string>? english = null) : IBotTexts
{
    private readonly Dictionary<string, string> _it = new(italian ?? [])
    {
        ["button.yes"] = "Sì",
        ["button.no"] = "No",
    };

    private readonly Dictionary<string, string> _en = new(english ?? [])
    {
        ["button.yes"] = "Yes",
        ["button.no"] = "No",
    };

    public string Get(string key, string language) =>
        (language == "en" ? _en : _it).TryGetValue(key, out var text) ? text : _it.GetValueOrDefault(key, key);

    public bool Has(string key, string language) => true;
}
