namespace ChatAssistant.Bot;

/// <summary>The "ChatAssistant:Bot" section.</summary>
public sealed class BotOptions
{
    public const string Section = "ChatAssistant:Bot";

    /// <summary>How many help desks one message lists; a long list on a phone is hard to read.</summary>
    public int MaxDesksShown { get; set; } = 5;

    /// <summary>How many "did you mean" buttons to offer at most (plus "None of these").</summary>
    public int MaxSuggestions { get; set; } = 3;
}
