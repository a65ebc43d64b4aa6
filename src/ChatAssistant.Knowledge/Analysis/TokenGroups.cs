using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatAssistant.Knowledge.Analysis;

/// <summary>
/// Runs text through an analyzer and groups the terms by the word they came from. A synonym concept token joins
/// the group of the word where its phrase starts and absorbs the other words of the phrase, so "carta d'identità"
/// is one group {carta, identita, _s2} that scores once, whether a document says "cie" or "carta d'identità".
/// </summary>
public static class TokenGroups
{
    public static List<List<string>> Analyze(Analyzer analyzer, string text)
    {
        var groups = new List<List<string>>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var phraseEnd = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            var isSynonym = type.Type == SynonymFilter.TYPE_SYNONYM;
            if (groups.Count > 0 && (isSynonym || offset.StartOffset < phraseEnd))
            {
                if (!groups[^1].Contains(value))
                {
                    groups[^1].Add(value);
                }
            }
            else
            {
                groups.Add([value]);
            }

            if (isSynonym)
            {
                phraseEnd = Math.Max(phraseEnd, offset.EndOffset);
            }
        }

        stream.End();
        return groups;
    }

    /// <summary>The terms only, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string text) => Analyze(analyzer, text).SelectMany(g => g).ToList();
}
