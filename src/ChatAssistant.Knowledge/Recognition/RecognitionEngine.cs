using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Knowledge.Recognition;

using Recognition = ChatAssistant.Core.Understanding.Recognition;

/// <summary>
/// Decides for one message, from <see cref="MessageRanker"/>'s scores: an id, "none", or "none, but did you mean…";
/// with an id, the close runners-up and any other need the message states in a clause of its own.
/// </summary>
public static class RecognitionEngine
{
    /// <summary>
    /// Out-of-scope examples nearly as close as the best topic mean the message is probably out of scope too:
    /// "ricetta della torta" is nearer "ricetta" (prescription) only by chance.
    /// </summary>
    private const double NoneMargin = 0.85;

    public static Recognition Recognize(KnowledgeIndex index, KnowledgeOptions options, ILanguageDetector detector,
        string? text, string? tenantId, string? language)
    {
        text ??= "";
        if (text.Length > 1000)
        {
            text = text[..1000];
        }

        var detected = detector.Detect(text);
        var replyLanguage = detected ?? (language is "en" ? "en" : "it");
        var message = MessageRanker.Rank(index, text, tenantId, detected);
        var ranked = message.Ranked;
        if (ranked.Count == 0)
        {
            return new Recognition(Recognition.None, 0, replyLanguage, []);
        }

        var best = ranked[0];
        var score = Math.Min(1, best.Rank);
        var candidates = ranked
            .Where(c => c.Id != Recognition.None)
            .Select(c => new RecognitionCandidate(c.Id, index.Title(c.Id, replyLanguage), Math.Round(Math.Min(1, c.Rank), 3)))
            .ToList();
        var none = ranked.FirstOrDefault(c => c.Id == Recognition.None);
        if (best.Id == Recognition.None || (none.Id is not null && none.Rank >= best.Rank * NoneMargin))
        {
            return new Recognition(Recognition.None, score, replyLanguage, []);
        }

        if (score < options.AbstainBelow)
        {
            var suggestions = score >= options.SuggestAbove ? candidates.Take(options.MaxAlternatives + 1).ToList() : [];
            return new Recognition(Recognition.None, score, replyLanguage, suggestions);
        }

        // A runner-up that leads a clause of its own is a second need, not a doubt: answer the best, offer that one.
        var otherNeeds = candidates
            .Where(c => c.Id != best.Id && message.OtherNeeds.Contains(c.Id) && c.Score >= options.SuggestAbove)
            .Take(options.MaxAlternatives)
            .ToList();
        var alternatives = candidates.Skip(1)
            .Where(c => c.Score >= Math.Min(1, best.Rank) * options.AlternativesRatio && c.Score >= options.AbstainBelow)
            .Where(c => otherNeeds.All(o => o.Id != c.Id))
            .Take(options.MaxAlternatives)
            .ToList();
        return new Recognition(best.Id, score, replyLanguage, alternatives) { OtherNeeds = otherNeeds };
    }

    /// <summary>Every id that matched, best first, with its uncapped rank (see <see cref="MessageRanker"/>).</summary>
    public static List<(string Id, double Rank)> Rank(KnowledgeIndex index, string text, string? tenantId, string? language) =>
        MessageRanker.Rank(index, text, tenantId, language).Ranked;
}
