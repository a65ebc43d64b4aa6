using ChatAssistant.Knowledge.Loading;
using Lucene.Net.Analysis.Synonym;

namespace ChatAssistant.Knowledge.Analysis;

/// <summary>Builds a Lucene <see cref="SynonymMap"/> from a Solr-format synonyms file.</summary>
internal static class SynonymMaps
{
    public static SynonymMap? Build(string language, string text, List<LoadProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            // expand: every word of a group stands for all the others.
            var parser = new SolrSynonymParser(dedup: true, expand: true, ChatAnalyzer.PreSynonyms(language));
            using var reader = new StringReader(text);
            parser.Parse(reader);
            return parser.Build();
        }
        catch (Exception ex)
        // A malformed synonym line must not take the whole knowledge base down: report it and go on without synonyms.
        {
            problems.Add(new LoadProblem($"synonyms.{language}.txt", $"cannot read the synonyms: {ex.Message}"));
            return null;
        }
    }
}
