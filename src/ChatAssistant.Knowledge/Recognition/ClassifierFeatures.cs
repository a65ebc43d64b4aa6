using ChatAssistant.Knowledge.Analysis;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// What a language's classifier sees of a text: the words as that language's analyser gives them (stems and synonym
/// concepts, as the index has them) and the four-letter pieces of every plain word. The pieces let "certifikato", "rinnovo" or "abitare"
/// lean on "certificato", "rinnovare" or "abitazione" even when no synonym or stem joins them.
/// </summary>
internal static class ClassifierFeatures
{
    private const int PieceLength = 4;

    public static HashSet<string> Of(ChatAnalyzer analyzer, ChatAnalyzer plain, string text) =>
        Of(TokenGroups.Terms(analyzer, text), TokenGroups.Terms(plain, text));

    /// <summary>From words already analysed (a <see cref="MessageQuery"/> has them): nothing is analysed twice.</summary>
    public static HashSet<string> Of(IEnumerable<string> terms, IEnumerable<string> plainWords)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            features.Add("w:" + term);
        }

        foreach (var word in plainWords)
        {
            var padded = "_" + word + "_";
            if (padded.Length <= PieceLength)
            {
                features.Add("p:" + padded);
                continue;
            }

            for (var i = 0; i + PieceLength <= padded.Length; i++)
            {
                features.Add(string.Concat("p:", padded.AsSpan(i, PieceLength)));
            }
        }

        return features;
    }
}
