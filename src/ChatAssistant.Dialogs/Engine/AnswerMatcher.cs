using System.Globalization;

namespace ChatAssistant.Dialogs.Engine;

/// <summary>Understands answers to prompts: a pressed button, its number, a label typed loosely, yes/no words, numbers.</summary>
public static class AnswerMatcher
{
    /// <summary>Shorter typed prefixes are too ambiguous to count as a label ("a", "in").</summary>
    private const int MinPrefixLength = 3;

    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "si", "s", "yes", "y", "ok", "okay", "certo", "va bene", "d'accordo", "daccordo", "esatto", "confermo", "sure", "yeah", "yep", "👍",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "no", "n", "no grazie", "non", "nope", "no thanks", "no thank you", "meglio di no", "👎",
    };

    /// <summary>The value of the option the citizen chose, or null.</summary>
    /// <param name="options">In the order the buttons were shown; each with its labels in every language.</param>
    public static string? MatchChoice(string text, IReadOnlyList<(string Value, IReadOnlyList<string> Labels)> options)
    {
        var typed = TextNormalizer.Normalize(text);
        if (typed.Length == 0)
        {
            return null;
        }

        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= options.Count)
        {
            return options[number - 1].Value;
        }

        foreach (var (value, labels) in options)
        {
            if (TextNormalizer.Normalize(value) == typed || labels.Any(l => TextNormalizer.Normalize(l) == typed))
            {
                return value;
            }
        }

        if (typed.Length < MinPrefixLength)
        {
            return null;
        }

        var byPrefix = options.Where(o => o.Labels.Any(l => TextNormalizer.Normalize(l).StartsWith(typed, StringComparison.Ordinal)))
            .Select(o => o.Value).Distinct(StringComparer.Ordinal).ToList();
        return byPrefix.Count == 1 ? byPrefix[0] : null;
    }

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public static bool? MatchConfirm(string text, IEnumerable<string> yesLabels, IEnumerable<string> noLabels)
    {
        var typed = TextNormalizer.Normalize(text);
        if (YesWords.Contains(typed) || yesLabels.Any(l => TextNormalizer.Normalize(l) == typed))
        {
            return true;
        }

        if (NoWords.Contains(typed) || noLabels.Any(l => TextNormalizer.Normalize(l) == typed))
        {
            return false;
        }

        // "si grazie", "no, non voglio": the first word decides when it is a plain yes or no.
        var first = typed.Split(' ', ',')[0];
        return first is "si" or "yes" ? true : first is "no" ? false : null;
    }

    /// <summary>A whole number such as "3" or " 12 ", or null.</summary>
    public static long? MatchNumber(string text) =>
        long.TryParse(TextNormalizer.Normalize(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
