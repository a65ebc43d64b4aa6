using ChatAssistant.Knowledge.Loading;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace ChatAssistant.Knowledge.Analysis;

/// <summary>
/// Turns a Solr-format synonyms file into a map from every phrase of a group to one concept token ("_s12"), kept
/// next to the original words. Index and question get the same concept token, so "spazzatura" finds "rifiuti";
/// a multi-word phrase ("identità digitale") becomes one token instead of loose words that would match other topics.
/// </summary>
internal static class SynonymMaps
{
    public const string ConceptPrefix = "_s";

    public static SynonymMap? Build(string language, string text, List<LoadProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var analyzer = ChatAnalyzer.PreSynonyms(language);
            var builder = new SynonymMap.Builder(dedup: true);
            var groups = 0;
            foreach (var (line, number) in text.Split('\n').Select((l, i) => (l.Trim(), i + 1)))
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                // "a, b => c" (an explicit mapping) is read as one group too: close enough for a help desk.
                var phrases = line.Replace("=>", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (phrases.Length < 2)
                {
                    problems.Add(new LoadProblem($"synonyms.{language}.txt", $"line {number}: a group needs at least two comma-separated phrases"));
                    continue;
                }

                var concept = new CharsRef($"{ConceptPrefix}{++groups}");
                foreach (var phrase in phrases)
                {
                    var words = TokenGroups.Terms(analyzer, phrase);
                    if (words.Count > 0)
                    {
                        builder.Add(SynonymMap.Builder.Join(words.ToArray(), new CharsRef()), concept, includeOrig: true);
                    }
                }
            }

            return groups == 0 ? null : builder.Build();
        }
        catch (Exception ex)
        {
            // A malformed synonyms file must not take the whole knowledge base down: report it and go on without synonyms.
            problems.Add(new LoadProblem($"synonyms.{language}.txt", $"cannot read the synonyms: {ex.Message}"));
            return null;
        }
    }
}
