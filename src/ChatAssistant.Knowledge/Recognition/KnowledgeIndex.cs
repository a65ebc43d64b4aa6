using ChatAssistant.Knowledge.Analysis;
using ChatAssistant.Knowledge.Loading;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// The in-memory Lucene index of every example, one document each, plus what queries need to be analysed and
/// corrected. Immutable once built; a reload builds a new one. RAMDirectory on purpose: MMapDirectory was much slower
/// under parallel search on Lucene.Net 4.8 and the index is a few thousand short documents.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    internal static readonly string[] Languages = ["it", "en"];

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;

    private KnowledgeIndex(RAMDirectory directory, DirectoryReader reader, IReadOnlyList<IndexedExample> examples,
        List<List<string>>[] exampleWords, TopicSimilarity similarity,
        Dictionary<string, ChatAnalyzer> analyzers, ChatAnalyzer plain, Vocabulary vocabulary, Dictionary<string, string> titles,
        Dictionary<string, TextClassifier> classifiers)
    {
        Classifiers = classifiers;
        _directory = directory;
        _reader = reader;
        Examples = examples;
        ExampleWords = exampleWords;
        Similarity = similarity;
        Analyzers = analyzers;
        Plain = plain;
        Vocabulary = vocabulary;
        Titles = titles;
        Searcher = new IndexSearcher(reader) { Similarity = Similarity };
    }

    internal TopicSimilarity Similarity { get; }

    /// <summary>
    /// The second signal beside BM25, one per language, each trained on that language's common examples only (see
    /// <see cref="TextClassifier"/>): content in one language never changes what the other's classifier says.
    /// </summary>
    internal IReadOnlyDictionary<string, TextClassifier> Classifiers { get; }

    /// <summary>The indexed terms of each example, grouped per word (a word and its synonyms).</summary>
    internal IReadOnlyList<List<List<string>>> ExampleWords { get; }

    internal IndexSearcher Searcher { get; }

    /// <summary>Examples by Lucene document number (one segment, added in order).</summary>
    internal IReadOnlyList<IndexedExample> Examples { get; }

    internal IReadOnlyDictionary<string, ChatAnalyzer> Analyzers { get; }

    internal ChatAnalyzer Plain { get; }

    internal Vocabulary Vocabulary { get; }

    /// <summary>Display titles keyed by "id.lang".</summary>
    internal IReadOnlyDictionary<string, string> Titles { get; }

    public int DocumentCount => Examples.Count;

    internal static string FieldName(string language) => "text_" + language;

    public static KnowledgeIndex Build(KnowledgeBase knowledgeBase, List<LoadProblem>? problems = null) =>
        Build(knowledgeBase, ExampleSource.All(knowledgeBase).ToList(), problems);

    public static KnowledgeIndex Build(KnowledgeBase knowledgeBase, IReadOnlyList<IndexedExample> examples, List<LoadProblem>? problems = null)
    {
        problems ??= [];
        // The same chain, synonyms included, for documents and questions.
        var analyzers = Languages.ToDictionary(
            language => language,
            language => new ChatAnalyzer(language, SynonymMaps.Build(language, knowledgeBase.Synonyms.GetValueOrDefault(language, ""), problems)));
        var plain = new ChatAnalyzer("it", plain: true);
        var vocabulary = new Vocabulary();
        var exampleWords = new List<List<string>>[examples.Count];
        var plainWords = new List<string>[examples.Count];
        var topics = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            var field = FieldName(example.Language);
            exampleWords[i] = TokenGroups.Analyze(analyzers[example.Language], example.Text);
            plainWords[i] = TokenGroups.Terms(plain, example.Text);
            foreach (var term in exampleWords[i].SelectMany(g => g).Append(""))
            {
                // The empty term counts the topics of each language.
                var key = TopicSimilarity.Key(field, term);
                if (!topics.TryGetValue(key, out var ids))
                {
                    topics[key] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(example.Id);
            }
        }

        var similarity = new TopicSimilarity(
            topics.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal),
            Languages.ToDictionary(l => FieldName(l), l => topics.GetValueOrDefault(TopicSimilarity.Key(FieldName(l), ""))?.Count ?? 0));
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ChatAnalyzer.Version, analyzers["it"]) { Similarity = similarity, OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < examples.Count; i++)
            {
                var example = examples[i];
                foreach (var word in plainWords[i])
                {
                    vocabulary.Add(word);
                }

                var document = new Document
                {
                    new TextField(FieldName(example.Language), example.Text, Field.Store.NO),
                };
                writer.AddDocument(document, analyzers[example.Language]);
            }

            // One segment keeps document numbers equal to the order of Examples.
            writer.ForceMerge(1);
            writer.Commit();
        }

        foreach (var synonyms in knowledgeBase.Synonyms.Values)
        {
            // Synonym words are known words too: never "correct" them into something else.
            foreach (var word in TokenGroups.Terms(plain, synonyms.Replace(',', ' ').Replace("=>", " ", StringComparison.Ordinal)))
            {
                vocabulary.Add(word);
            }
        }

        vocabulary.Freeze();
        // A municipality's own questions stay out: the classifiers serve every municipality.
        var classifiers = Languages
            .Where(language => examples.Any(e => e.Language == language && e.TenantId is null))
            .ToDictionary(
                language => language,
                language => TextClassifier.Train(examples
                    .Where(e => e.Language == language && e.TenantId is null)
                    .Select(e => (e.Id, ClassifierFeatures.Of(analyzers[language], plain, e.Text)))
                    .ToList()),
                StringComparer.Ordinal);
        return new KnowledgeIndex(directory, DirectoryReader.Open(directory), examples, exampleWords, similarity, analyzers, plain, vocabulary,
            CollectTitles(knowledgeBase), classifiers);
    }

    internal string Title(string id, string language) =>
        Titles.GetValueOrDefault(KnowledgeBase.Key(id, language)) ?? Titles.GetValueOrDefault(KnowledgeBase.Key(id, "it")) ?? id;

    private static Dictionary<string, string> CollectTitles(KnowledgeBase knowledgeBase)
    {
        var titles = knowledgeBase.Entries.ToDictionary(p => p.Key, p => p.Value.Title, StringComparer.Ordinal);
        foreach (var intent in knowledgeBase.Intents)
        {
            foreach (var (language, title) in intent.Titles)
            {
                titles.TryAdd(KnowledgeBase.Key(intent.Id, language), title);
            }
        }

        return titles;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        foreach (var analyzer in Analyzers.Values)
        {
            analyzer.Dispose();
        }

        Plain.Dispose();
    }
}
