using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatAssistant.Knowledge.Analysis;

/// <summary>
/// Cuts the pronoun Italian glues to verbs, before stemming: "iscrivermi" → "iscriver", "disiscrivimi" → "disiscrivi",
/// "aiutami" → "aiuta", "prenotarlo" → "prenotar". Citizens write to the bot in the imperative ("prenotami", "chiamami").
/// </summary>
internal sealed class ItalianEncliticFilter : TokenFilter
{
    private static readonly string[] AfterInfinitive = ["mi", "ti", "si", "ci", "vi", "lo", "la", "li", "le", "ne", "gli"];

    private readonly ICharTermAttribute _term;

    public ItalianEncliticFilter(TokenStream input)
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

        var length = _term.Length;
        if (length < 7)
        {
            return true;
        }

        var word = new ReadOnlySpan<char>(_term.Buffer, 0, length);
        foreach (var pronoun in AfterInfinitive)
        {
            // Infinitive + pronoun: iscriver-mi, prenotar-lo, registrar-si.
            var stem = word[..^pronoun.Length];
            if (word.EndsWith(pronoun, StringComparison.Ordinal) && (stem.EndsWith("ar") || stem.EndsWith("er") || stem.EndsWith("ir")))
            {
                _term.SetLength(stem.Length);
                return true;
            }
        }

        // Imperative + "mi": aiuta-mi, disiscrivi-mi (not "programmi", where the double m belongs to the word).
        if (word.EndsWith("mi") && word[^3] is 'a' or 'i' or 'e' && word[^4] != 'm')
        {
            _term.SetLength(length - 2);
        }

        return true;
    }
}
