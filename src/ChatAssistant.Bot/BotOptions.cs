namespace ChatAssistant.Bot;

/// <summary>The "ChatAssistant:Bot" section.</summary>
public sealed class BotOptions
{
    public const string Section = "ChatAssistant:Bot";

    /// <summary>How many help desks one message lists; a long list on a phone is hard to read.</summary>
    public int MaxDesksShown { get; set; } = 5;

    /// <summary>How many "did you mean" buttons to offer at most (plus "None of these").</summary>
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>
    /// The closing "who helps you" line of answers is shown once per conversation; a citizen who comes back after this
    /// many hours sees it again with their next answer.
    /// </summary>
    public int ClosingLineRepeatHours { get; set; } = 24;
}
