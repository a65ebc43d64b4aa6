using System.Globalization;
using System.Text;

namespace ChatAssistant.Announcements.Neighbourhoods;

/// <summary>
/// Finds neighbourhoods from what a citizen typed: a name, a place inside it or a street, with typos forgiven (one wrong
/// letter in five) and words like "via" or "quartiere" ignored. Returns the best matches first; several when it is not sure.
/// </summary>
public static class NeighbourhoodMatcher
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "via", "viale", "v", "piazza", "piazzale", "p", "corso", "c", "largo", "vicolo", "ripa", "quartiere", "zona", "municipio", "il", "la", "lo", "le", "di",
        "del", "della", "dei", "in", "abito", "vivo", "sto", "a", "al", "the", "street", "road", "i", "live",
    };

    public static IReadOnlyList<Neighbourhood> Match(TenantNeighbourhoods tenant, string? typed)
    {
        var words = Words(typed);
        if (words.Count == 0)
        {
            return [];
        }

        var query = string.Join(' ', words);
        var scored = new List<(Neighbourhood N, double Score)>();
        foreach (var n in tenant.All)
        {
            var best = new[] { n.Id.Replace('-', ' '), n.Name }.Concat(n.Places).Concat(n.Streets)
                .Select(candidate => Score(query, string.Join(' ', Words(candidate)))).Max();
            if (best > 0)
            {
                scored.Add((n, best));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var top = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= top - 0.05).OrderByDescending(s => s.Score).Select(s => s.N).ToList();
    }

    private static double Score(string query, string candidate)
    {
        if (candidate.Length == 0)
        {
            return 0;
        }

        if (candidate == query)
        {
            return 1;
        }

        // "niguarda" in "municipio 9 niguarda isola" or "padova" for "via padova 12".
        var candidateWords = candidate.Split(' ');
        var queryWords = query.Split(' ').Where(w => !w.All(char.IsDigit) || w.Length <= 1).ToArray();
        if (queryWords.Length > 0 && queryWords.All(q => candidateWords.Any(c => Close(q, c))))
        {
            return 0.9 * queryWords.Count(q => candidateWords.Contains(q)) / queryWords.Length + 0.05;
        }

        return Close(query, candidate) ? 0.8 : 0;
    }

    private static bool Close(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length < 4 || b.Length < 4)
        {
            return false;
        }

        return Distance(a, b) <= Math.Max(1, Math.Min(a.Length, b.Length) / 5);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    internal static List<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var plain = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)).ToList();
    }
}
