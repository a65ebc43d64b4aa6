namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// Every plain (folded, unstemmed) word of the knowledge base, to correct typos before analysis: "crta" → "carta",
/// "spidd" → "spid". Correcting first, rather than running a fuzzy query, lets the corrected word go through synonyms
/// and stemming like any other. Same rules as Lucene's FuzzyQuery advice: 1 edit for 4-7 letters, 2 for 8+, first letter fixed.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private Dictionary<char, (string Word, int Count)[]> _byFirstLetter = [];

    public void Add(string word)
    {
        if (word.Length > 0)
        {
            _counts[word] = _counts.GetValueOrDefault(word) + 1;
        }
    }

    public void Freeze() =>
        _byFirstLetter = _counts
            .GroupBy(p => p.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Value).ToArray());

    public bool Contains(string word) => _counts.ContainsKey(word);

    /// <summary>The closest known word, or null when none is close enough (or the word needs no correction).</summary>
    public string? Correct(string word)
    {
        if (word.Length < 4 || _counts.ContainsKey(word) || !word.All(char.IsAsciiLetterLower)
            || !_byFirstLetter.TryGetValue(word[0], out var candidates))
        {
            return null;
        }

        var maxEdits = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = maxEdits + 1;
        foreach (var (candidate, _) in candidates)
        {
            // Candidates are sorted by frequency, so on a tie the most common word wins.
            if (candidate.Length < 4 || Math.Abs(candidate.Length - word.Length) > maxEdits)
            {
                continue;
            }

            var distance = EditDistance(word, candidate, bestDistance - 1);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (a swap of two letters counts once); above <paramref name="max"/> returns max + 1.</summary>
    internal static int EditDistance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
