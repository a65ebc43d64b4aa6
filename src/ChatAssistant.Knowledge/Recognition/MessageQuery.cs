using Lucene.Net.Search;

namespace ChatAssistant.Knowledge.Recognition;

/// <summary>One message (or part of one) ready to search: what <see cref="QueryBuilder"/> makes of it.</summary>
/// <param name="Queries">One query per language; a language with no clause has no word the knowledge base knows.</param>
/// <param name="MaxScore">Per language, the most a document could score: turns BM25 scores into 0..1 coverage.</param>
/// <param name="Terms">Every analysed term of the message, in any language.</param>
/// <param name="KnownWeight">The rarity of the words the knowledge base knows, in the language that knows most: how much the text says.</param>
/// <param name="Text">The words searched (courtesy left out when asked, typos corrected), as one text.</param>
/// <param name="ContentWords">Words left once stop words (and courtesy, when asked) are gone, in the language that keeps most.</param>
/// <param name="Words">The plain words searched (folded, corrected), in order.</param>
/// <param name="LanguageTerms">Per language, the analysed terms of <paramref name="Words"/> (stems, synonym concepts).</param>
/// <param name="KnownShare">Share of the message's words the knowledge base has (as written or once corrected), 0..1.</param>
internal sealed record MessageQuery(
    string Text,
    Dictionary<string, BooleanQuery> Queries,
    Dictionary<string, double> MaxScore,
    HashSet<string> Terms,
    double KnownWeight,
    int ContentWords,
    double KnownShare,
    IReadOnlyList<string> Words,
    IReadOnlyDictionary<string, List<string>> LanguageTerms);
