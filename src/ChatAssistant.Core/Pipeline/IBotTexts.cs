namespace ChatAssistant.Core.Pipeline;

/// <summary>What the bot says, by key and language (dialogs/strings/it.yaml and en.yaml).</summary>
public interface IBotTexts
{
    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>, falling back to Italian.</summary>
    string Get(string key, string language);

    bool Has(string key, string language);
}
