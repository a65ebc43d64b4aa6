using ChatAssistant.Core.Understanding;

namespace ChatAssistant.Knowledge.Recognition;

using Recognition = ChatAssistant.Core.Understanding.Recognition;

/// <summary>
/// Scores catalogue ids for one message: search the examples, normalise each document's BM25 score by the most the
/// question could score (0..1), keep the best per id, then decide: an id, "none", or "none, but did you mean…".
/// </summary>
public static class RecognitionEngine
{
    private const int TopDocumentsPerLanguage = 50;

    /// <summary>A second good example of the same id adds a little: several phrasings agreeing is a better sign than one.</summary>
    private const double SecondExampleWeight = 0.1;

    /// <summary>Examples in the other language than the message's still count, a little less.</summary>
    private const double OtherLanguageFactor = 0.9;

    /// <summary>
    /// Share of the score that depends on how much of the example the question covers: "help" matches the example
    /// "help" better than "who helps at the desk", though both contain every word of the question.
    /// </summary>
    private const double ExampleCoverageWeight = 0.3;

    /// <summary>
    /// Out-of-scope examples nearly as close as the best topic mean the message is probably out of scope too:
    /// "ricetta della torta" is nearer "ricetta" (prescription) only by chance.
    /// </summary>
    private const double NoneMargin = 0.85;

    /// <summary>
    /// Share of the classifier's probability in an id's score, BM25's coverage having the rest. 0.4 to 0.6 do equally
    /// well on `kb calibrate`; either signal alone does worse (BM25 alone abstains on long messages).
    /// </summary>
    private const double ClassifierWeight = 0.5;

    /// <summary>
    /// The classifier has its full share from this many content words on, less below: one or two words are BM25's
    /// ground (an exact match says it all, and "spid" alone fits getting SPID and SPID problems alike), while the
    /// classifier is what carries long messages.
    /// </summary>
    private const double FullClassifierWords = 3;

    /// <summary>The classifier's probability is multiplied by the share of known words squared (see <see cref="MessageQuery.KnownShare"/>).</summary>
    private const double KnownShareExponent = 2;

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
        var ranked = Rank(index, text, tenantId, detected);
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

        var alternatives = candidates.Skip(1)
            .Where(c => c.Score >= Math.Min(1, best.Rank) * options.AlternativesRatio && c.Score >= options.AbstainBelow)
            .Take(options.MaxAlternatives)
            .ToList();
        return new Recognition(best.Id, score, replyLanguage, alternatives);
    }

    /// <summary>
    /// Every id that matched, best first, with its uncapped rank. Courtesy words are left out unless the message is
    /// little more than courtesy (at most one other word), so a greeting wins only when it is all there is. Then each
    /// window of the message (see <see cref="MessageWindows"/>) is scored and each id keeps its best, a window's score
    /// shrunk by the share of the message's known words it holds: the need inside a long story counts in full,
    /// a stray two-word clause that matched by chance does not.
    /// </summary>
    public static List<(string Id, double Rank)> Rank(KnowledgeIndex index, string text, string? tenantId, string? language)
    {
        var whole = QueryBuilder.Build(index, text, withoutCourtesy: true);
        var courtesyOnly = false;
        if (whole.ContentWords <= 1)
        {
            var asWritten = QueryBuilder.Build(index, text, withoutCourtesy: false);
            courtesyOnly = asWritten.ContentWords > whole.ContentWords;
            whole = courtesyOnly ? asWritten : whole;
        }

        var best = RankQuery(index, whole, tenantId, language);
        if (best.Count == 0)
        {
            return [];
        }

        foreach (var window in courtesyOnly ? [] : MessageWindows.Of(text).Skip(1))
        {
            var query = QueryBuilder.Build(index, window, withoutCourtesy: true);
            var share = Math.Sqrt(Math.Min(1, query.KnownWeight / whole.KnownWeight));
            foreach (var (id, rank) in RankQuery(index, query, tenantId, language))
            {
                best[id] = Math.Max(rank * share, best.GetValueOrDefault(id));
            }
        }

        // The classifier ignores words it never saw, so it alone would be sure of "cie" inside a line of gibberish.
        var trust = Math.Pow(whole.KnownShare, KnownShareExponent);
        var probabilities = Classify(index, whole.Text, language).ToDictionary(p => p.Key, p => p.Value * trust, StringComparer.Ordinal);
        var weight = ClassifierWeight * Math.Min(1, whole.ContentWords / FullClassifierWords);
        return Sorted(probabilities.Keys.Union(best.Keys).ToDictionary(
            id => id,
            id => ((1 - weight) * best.GetValueOrDefault(id)) + (weight * probabilities.GetValueOrDefault(id)),
            StringComparer.Ordinal));
    }

    /// <summary>The message's language's classifier; when the language is unknown, each id's best probability in either.</summary>
    private static Dictionary<string, double> Classify(KnowledgeIndex index, string text, string? language)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (classifierLanguage, classifier) in index.Classifiers)
        {
            if (language is not null && language != classifierLanguage && index.Classifiers.ContainsKey(language))
            {
                continue;
            }

            foreach (var (id, probability) in classifier.Predict(ClassifierFeatures.Of(index.Analyzers[classifierLanguage], index.Plain, text)))
            {
                result[id] = Math.Max(probability, result.GetValueOrDefault(id));
            }
        }

        return result;
    }

    private static List<(string Id, double Rank)> Sorted(Dictionary<string, double> ranks) =>
        ranks.Select(p => (p.Key, p.Value))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, double> RankQuery(KnowledgeIndex index, MessageQuery message, string? tenantId, string? language)
    {
        var (queries, maxScore, terms) = (message.Queries, message.MaxScore, message.Terms);
        var searched = queries.Values.Where(query => query.Clauses.Count > 0).ToList();
        if (searched.Count == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var perId = new Dictionary<string, (double First, double Second)>(StringComparer.Ordinal);
        foreach (var hit in searched.SelectMany(query => index.Searcher.Search(query, TopDocumentsPerLanguage).ScoreDocs))
        {
            var example = index.Examples[hit.Doc];
            if (example.TenantId is not null && example.TenantId != tenantId)
            {
                continue;
            }

            var norm = maxScore[example.Language];
            var words = index.ExampleWords[hit.Doc];
            var covered = words.Count == 0 ? 0 : (double)words.Count(g => g.Exists(terms.Contains)) / words.Count;
            var value = (norm > 0 ? hit.Score / norm : 0) * (1 - ExampleCoverageWeight + (ExampleCoverageWeight * covered));
            if (language is not null && example.Language != language)
            {
                value *= OtherLanguageFactor;
            }

            var (first, second) = perId.GetValueOrDefault(example.Id);
            perId[example.Id] = value > first ? (value, first) : (first, Math.Max(second, value));
        }

        return perId.ToDictionary(p => p.Key, p => p.Value.First + (SecondExampleWeight * p.Value.Second), StringComparer.Ordinal);
    }
}
