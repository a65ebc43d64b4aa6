using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ChatAssistant.Knowledge.Analysis;

/// <summary>
/// The analysis chain for one language: tokenizer → lowercase → elision → accent folding → synonyms → stop words →
/// light stemming. Synonyms run before stop words so that multi-word synonyms ("carta d'identità") still match.
/// In plain mode it stops after folding: the form used for typo correction.
/// </summary>
public sealed class ChatAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Contractions that elision alone would turn into nothing: keep the question word they carry.
    private static readonly NormalizeCharMap ItalianContractions = BuildContractions();

    private readonly SynonymMap? _synonyms;
    private readonly bool _plain;

    /// <param name="plain">Stop after folding (no synonyms, stop words or stemming): the form typos are corrected in.</param>
    public ChatAnalyzer(string language, SynonymMap? synonyms = null, bool plain = false)
    {
        Language = language;
        _synonyms = synonyms;
        _plain = plain;
    }

    public string Language { get; }

    private bool IsItalian => Language == "it";

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        IsItalian ? new MappingCharFilter(ItalianContractions, reader) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 40 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (IsItalian)
        {
            stream = new ElisionFilter(stream, StopWords.ItalianElisions);
        }
        else
        {
            stream = new EnglishPossessiveFilter(Version, stream);
        }

        stream = new ASCIIFoldingFilter(stream);
        if (_plain)
        {
            return new TokenStreamComponents(tokenizer, stream);
        }

        if (_synonyms is not null && _synonyms.Fst is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, IsItalian ? StopWords.Italian : StopWords.English);
        stream = IsItalian
            ? new ItalianSuffixFilter(new ItalianLightStemFilter(new ItalianEncliticFilter(stream)))
            : new PorterStemFilter(stream);

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Tokenizer, lowercase, elision and folding only: how synonym files are read.</summary>
    internal static Analyzer PreSynonyms(string language) => NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = language == "it" ? new ElisionFilter(stream, StopWords.ItalianElisions) : new EnglishPossessiveFilter(Version, stream);
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
    });

    private static NormalizeCharMap BuildContractions()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var apostrophe in new[] { "'", "\u2019" })
        {
            builder.Add($"dov{apostrophe}", "dove ");
            builder.Add($"Dov{apostrophe}", "dove ");
            builder.Add($"cos{apostrophe}", "cosa ");
            builder.Add($"Cos{apostrophe}", "cosa ");
            builder.Add($"com{apostrophe}", "come ");
            builder.Add($"Com{apostrophe}", "come ");
            builder.Add($"quant{apostrophe}", "quanto ");
        }

        return builder.Build();
    }
}
