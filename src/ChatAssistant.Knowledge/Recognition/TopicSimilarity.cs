using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// BM25 whose rarity (idf) counts topics, not documents. A word in twenty SPID questions and nowhere else is the
/// best clue there is for SPID, but plain document frequency would call it common and let one stray word of another
/// topic win. b = 0.3 rather than 0.75: examples are all short, so length says little.
/// </summary>
internal sealed class TopicSimilarity(IReadOnlyDictionary<string, int> topicFrequency, IReadOnlyDictionary<string, int> topicCount)
    : BM25Similarity(1.2f, 0.3f)
{
    public static string Key(string field, string term) => field + "\u0001" + term;

    /// <summary>0 when no topic uses the term.</summary>
    public double TopicIdf(string field, string term)
    {
        var frequency = topicFrequency.GetValueOrDefault(Key(field, term));
        return frequency == 0 ? 0 : Rarity(frequency, topicCount.GetValueOrDefault(field));
    }

    /// <summary>How much a word that no topic uses would have weighed: the rarest possible.</summary>
    public double MaxIdf(string field) => Rarity(1, topicCount.GetValueOrDefault(field));

    /// <summary>
    /// The average length of the field over the documents that have it. Lucene 4.8 divides by every document in the
    /// index, so each English example added made every Italian example look longer and score lower.
    /// </summary>
    protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
        collectionStats.SumTotalTermFreq <= 0 || collectionStats.DocCount <= 0 ? 1f : (float)collectionStats.SumTotalTermFreq / collectionStats.DocCount;

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats) =>
        new((float)TopicIdf(collectionStats.Field, termStats.Term.Utf8ToString()), "topic idf");

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats) =>
        new((float)termStats.Sum(t => TopicIdf(collectionStats.Field, t.Term.Utf8ToString())), "topic idf, sum");

    // BM25's formula, over topics.
    private static double Rarity(long frequency, long count) => Math.Log(1 + ((count - frequency + 0.5) / (frequency + 0.5)));
}
