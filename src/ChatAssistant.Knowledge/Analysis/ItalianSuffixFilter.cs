using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatAssistant.Knowledge.Analysis;

/// <summary>
/// A tiny suffix normalisation after <c>ItalianLightStemFilter</c>, which leaves words under six letters alone and
/// keeps verb endings: pago/paga → pag, pagare/pagamento/pagando → pag, prenotazione/prenotare → prenot.
/// Index and query go through the same chain, so the stems only have to agree, not be real words.
/// </summary>
internal sealed class ItalianSuffixFilter : TokenFilter
{
    // Light-stemmed forms (final vowel already removed), longest first.
    private static readonly string[] Suffixes = ["azion", "ament", "iment", "and", "end", "ar", "er", "ir", "at", "ut", "it"];

    private const int MinStem = 3;

    private readonly ICharTermAttribute _term;

    public ItalianSuffixFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (length is 4 or 5 && IsVowel(buffer[length - 1]) && char.IsLetter(buffer[0]))
        {
            _term.SetLength(length - 1);
            return true;
        }

        if (length < 5)
        {
            return true;
        }

        var word = new ReadOnlySpan<char>(buffer, 0, length);
        foreach (var suffix in Suffixes)
        {
            if (length - suffix.Length >= MinStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                _term.SetLength(length - suffix.Length);
                break;
            }
        }

        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
