namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// Scores catalogue ids for one message with two signals: BM25 over the examples, each document's score normalised by
/// the most the question could score (0..1), the best per id; and a linear classifier trained on the same examples.
/// </summary>
internal static class MessageRanker
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

    /// <summary>
    /// A clause whose best id covers this much of it, while the message's best id covers at most
    /// <see cref="OtherNeedLead"/> times less of it, states a need of its own.
    /// </summary>
    private const double OtherNeedRank = 0.6;

    private const double OtherNeedLead = 2;

    /// <summary>
    /// Courtesy words are left out unless the message is little more than courtesy (at most one other word), so a
    /// greeting wins only when it is all there is. Then each window of the message (see <see cref="MessageWindows"/>)
    /// is scored and each id keeps its best, a window's score shrunk by the share of the message's known words it
    /// holds: the need inside a long story counts in full, a stray two-word clause that matched by chance does not.
    /// </summary>
    public static RankedMessage Rank(KnowledgeIndex index, string text, string? tenantId, string? language)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var whole = QueryBuilder.Build(index, text, withoutCourtesy: true, corrections);
        var courtesyOnly = false;
        if (whole.ContentWords <= 1)
        {
            var asWritten = QueryBuilder.Build(index, text, withoutCourtesy: false, corrections);
            courtesyOnly = asWritten.ContentWords > whole.ContentWords;
            whole = courtesyOnly ? asWritten : whole;
        }

        var best = Search(index, whole, tenantId, language);
        if (best.Count == 0)
        {
            return new RankedMessage([], []);
        }

        var windows = new List<Dictionary<string, double>>();
        foreach (var window in courtesyOnly ? [] : MessageWindows.Of(text).Skip(1))
        {
            var query = QueryBuilder.Build(index, window, withoutCourtesy: true, corrections);
            var share = Math.Sqrt(Math.Min(1, query.KnownWeight / whole.KnownWeight));
            var ranks = Search(index, query, tenantId, language);
            foreach (var (id, rank) in ranks)
            {
                best[id] = Math.Max(rank * share, best.GetValueOrDefault(id));
            }

            // A window can only lead if BM25 alone could lift it to OtherNeedRank with a sure classifier: ask it only then.
            if (ranks.Count > 0 && ranks.Values.Max() >= (OtherNeedRank - ClassifierWeight) / (1 - ClassifierWeight))
            {
                windows.Add(Combine(index, ranks, query, language));
            }
        }

        var combined = Combine(index, best, whole, language)
            .Select(p => (p.Key, p.Value))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        return new RankedMessage(combined, OtherNeeds(windows, combined[0].Key));
    }

    /// <summary>Each id's BM25 rank and the classifier's probability for the text, weighed together.</summary>
    private static Dictionary<string, double> Combine(KnowledgeIndex index, Dictionary<string, double> ranks, MessageQuery query, string? language)
    {
        // The classifier ignores words it never saw, so it alone would be sure of "cie" inside a line of gibberish.
        var trust = Math.Pow(query.KnownShare, KnownShareExponent);
        var probabilities = Classify(index, query, language);
        var weight = ClassifierWeight * Math.Min(1, query.ContentWords / FullClassifierWords);
        return probabilities.Keys.Union(ranks.Keys).ToDictionary(
            id => id,
            id => ((1 - weight) * ranks.GetValueOrDefault(id)) + (weight * trust * probabilities.GetValueOrDefault(id)),
            StringComparer.Ordinal);
    }

    /// <summary>The ids that lead a window of the message in which the message's best id is weak.</summary>
    private static List<string> OtherNeeds(List<Dictionary<string, double>> windows, string bestId)
    {
        var needs = new List<string>();
        foreach (var ranks in windows.Where(r => r.Count > 0))
        {
            var (leader, rank) = ranks.MaxBy(p => p.Value);
            if (leader != bestId && rank >= OtherNeedRank && ranks.GetValueOrDefault(bestId) * OtherNeedLead <= rank && !needs.Contains(leader))
            {
                needs.Add(leader);
            }
        }

        return needs;
    }

    /// <summary>The message's language's classifier; when the language is unknown, each id's best probability in either.</summary>
    private static Dictionary<string, double> Classify(KnowledgeIndex index, MessageQuery query, string? language)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (classifierLanguage, classifier) in index.Classifiers)
        {
            if (language is not null && language != classifierLanguage && index.Classifiers.ContainsKey(language))
            {
                continue;
            }

            var features = ClassifierFeatures.Of(query.LanguageTerms.GetValueOrDefault(classifierLanguage) ?? [], query.Words);
            foreach (var (id, probability) in classifier.Predict(features))
            {
                result[id] = Math.Max(probability, result.GetValueOrDefault(id));
            }
        }

        return result;
    }

    /// <summary>BM25 over the examples: per id, its best example's coverage of the text plus a little of its second.</summary>
    private static Dictionary<string, double> Search(KnowledgeIndex index, MessageQuery message, string? tenantId, string? language)
    {
        var perId = new Dictionary<string, (double First, double Second)>(StringComparer.Ordinal);
        var searched = message.Queries.Values.Where(query => query.Clauses.Count > 0);
        foreach (var hit in searched.SelectMany(query => index.Searcher.Search(query, TopDocumentsPerLanguage).ScoreDocs))
        {
            var example = index.Examples[hit.Doc];
            if (example.TenantId is not null && example.TenantId != tenantId)
            {
                continue;
            }

            var norm = message.MaxScore[example.Language];
            var words = index.ExampleWords[hit.Doc];
            var covered = words.Count == 0 ? 0 : (double)words.Count(g => g.Exists(message.Terms.Contains)) / words.Count;
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
