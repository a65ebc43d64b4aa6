using ChatAssistant.Knowledge.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// Builds one Lucene query per language from analysed words, never through the query-parser syntax (so "title:x AND *"
/// is just text), and the most a document could score for it in each language, which turns BM25 scores into a 0..1
/// coverage. One query per language, because each language's scores are turned into coverage by its own maximum:
/// ranked together, many English examples sharing one word ("SPID") pushed every Italian example out of the top hits.
/// </summary>
internal static class QueryBuilder
{
    /// <summary>Longer messages are cut: nobody asks a question in more words, and noise must stay cheap.</summary>
    private const int MaxWords = 40;

    /// <summary>A word the knowledge base does not know counts as much as the rarest known word (half was tried: no better on calibration).</summary>
    private const double UnknownWordShare = 1.0;

    /// <param name="withoutCourtesy">Leave greetings, thanks and apologies out (see <see cref="CourtesyWords"/>).</param>
    /// <param name="corrections">Words already corrected for this message: its clauses repeat its words.</param>
    public static MessageQuery Build(KnowledgeIndex index, string text, bool withoutCourtesy, Dictionary<string, string>? corrections = null)
    {
        corrections ??= new Dictionary<string, string>(StringComparer.Ordinal);
        // Courtesy is recognised once typos are corrected: "ciaoo", "grazieee".
        var pairs = TokenGroups.Terms(index.Plain, text)
            .Select(w => (Written: w, Fixed: Correct(index, w, corrections)))
            .Where(p => !withoutCourtesy || !CourtesyWords.Contains(p.Fixed))
            .Take(MaxWords)
            .ToList();
        var words = pairs.Select(p => p.Written).ToList();
        var fixedWords = pairs.Select(p => p.Fixed).ToList();
        var corrected = string.Join(' ', fixedWords);
        var knownShare = words.Count == 0 ? 0 : (double)fixedWords.Count(index.Vocabulary.Contains) / words.Count;
        var queries = new Dictionary<string, BooleanQuery>(StringComparer.Ordinal);
        var maxScore = new Dictionary<string, double>(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        double knownWeight = 0;
        var contentWords = 0;
        var languageTerms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (language, analyzer) in index.Analyzers)
        {
            var field = KnowledgeIndex.FieldName(language);
            var rarest = index.Similarity.MaxIdf(field);
            var query = queries[language] = new BooleanQuery(disableCoord: true);
            double total = 0;
            double known = 0;
            var groups = TokenGroups.Analyze(analyzer, corrected);
            languageTerms[language] = groups.SelectMany(g => g).ToList();
            contentWords = Math.Max(contentWords, groups.Count);
            foreach (var group in groups)
            {
                var alternatives = new DisjunctionMaxQuery(0f);
                double best = 0;
                foreach (var word in group)
                {
                    terms.Add(word);
                    var idf = index.Similarity.TopicIdf(field, word);
                    if (idf > 0)
                    {
                        alternatives.Add(new TermQuery(new Term(field, word)));
                        best = Math.Max(best, idf);
                    }
                }

                if (best > 0)
                {
                    query.Add(alternatives, Occur.SHOULD);
                    total += best;
                    known += best;
                }
                else
                {
                    total += rarest * UnknownWordShare;
                }
            }

            maxScore[language] = total;
            knownWeight = Math.Max(knownWeight, known);
        }

        return new MessageQuery(corrected, queries, maxScore, terms, knownWeight, contentWords, knownShare, fixedWords, languageTerms);
    }

    private static string Correct(KnowledgeIndex index, string word, Dictionary<string, string> corrections)
    {
        if (!corrections.TryGetValue(word, out var corrected))
        {
            corrected = corrections[word] = IsKnown(index, word) ? word : index.Vocabulary.Correct(word) ?? word;
        }

        return corrected;
    }

    /// <summary>
    /// A word is left alone when the index knows it as written or once stemmed: "sposta" is not a typo of "sosta"
    /// when "spostare" is in the examples.
    /// </summary>
    private static bool IsKnown(KnowledgeIndex index, string word) =>
        index.Vocabulary.Contains(word)
        || index.Analyzers.Any(pair => TokenGroups.Terms(pair.Value, word)
            .Exists(term => index.Similarity.TopicIdf(KnowledgeIndex.FieldName(pair.Key), term) > 0));
}
