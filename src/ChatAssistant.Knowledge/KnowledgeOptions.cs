namespace ChatAssistant.Knowledge;

/// <summary>The "Knowledge" section: how sure the recognizer must be, and how content reloads.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Below this calibrated score the answer is "none" (the bot offers a volunteer). Calibrated on held-out examples.</summary>
    public double AbstainBelow { get; set; } = 0.2;

    /// <summary>Between this and <see cref="AbstainBelow"/> the answer is "none" but the best guesses are offered as "did you mean".</summary>
    public double SuggestAbove { get; set; } = 0.12;

    /// <summary>A runner-up whose score is at least this fraction of the best is offered as an alternative.</summary>
    public double AlternativesRatio { get; set; } = 0.8;

    /// <summary>How many alternatives at most.</summary>
    public int MaxAlternatives { get; set; } = 2;

    /// <summary>Rebuild the index when a file under the knowledge-base folder changes.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>Wait this long after the last change before reloading, so an editor's burst of writes is one reload.</summary>
    public int ReloadDebounceMilliseconds { get; set; } = 300;
}
