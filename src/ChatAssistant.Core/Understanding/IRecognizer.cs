namespace ChatAssistant.Core.Understanding;

/// <summary>Turns free text into a catalogue id (a topic, an <c>intent:*</c>, or <c>none</c>).</summary>
public interface IRecognizer
{
    Recognition Recognize(string text, string? tenantId, string? language);
}

/// <param name="Id">Topic id, intent id (intent:prenota) or <see cref="None"/>.</param>
/// <param name="Score">Calibrated confidence, 0..1.</param>
/// <param name="Language">Language detected from the text ("it" or "en").</param>
/// <param name="Alternatives">Close runners-up worth offering as "did you mean".</param>
public sealed record Recognition(string Id, double Score, string Language, IReadOnlyList<RecognitionCandidate> Alternatives)
{
    public const string None = "none";

    public bool IsNone => Id == None;

    public bool IsIntent => Id.StartsWith("intent:", StringComparison.Ordinal);

    /// <summary>
    /// Other things the message asks for, each in a clause of its own ("change my residence, and pay the waste tax"):
    /// the bot answers <see cref="Id"/> and offers these as buttons.
    /// </summary>
    public IReadOnlyList<RecognitionCandidate> OtherNeeds { get; init; } = [];
}

public sealed record RecognitionCandidate(string Id, string Title, double Score);

/// <summary>Guesses the language of one message.</summary>
public interface ILanguageDetector
{
    /// <summary>"it", "en", or null when the text gives no clue (a number, an emoji).</summary>
    string? Detect(string text);
}
