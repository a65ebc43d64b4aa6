using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Linting;

/// <summary>
/// The Gulpease readability index for Italian: 89 + (300 × sentences − 10 × letters) / words. 60 or more is readable
/// by someone with a primary-school education, which is who we write for. Markdown is stripped first; a list item or
/// a line without final punctuation counts as a sentence, because that is how the citizen reads it.
/// </summary>
public static partial class Gulpease
{
    public static double Score(string markdown)
    {
        var (sentences, words, letters) = Count(markdown);
        return words == 0 ? 100 : 89 + (((300.0 * sentences) - (10.0 * letters)) / words);
    }

    public static (int Sentences, int Words, int Letters) Count(string markdown)
    {
        int sentences = 0, words = 0, letters = 0;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0)
            {
                continue;
            }

            // The line's own final "." ends a sentence too (the regex needs a space after it, so one is added).
            var ends = SentenceEnd().Count(line + " ");
            sentences += ends + (SentenceEnd().IsMatch(line[^1..] + " ") ? 0 : 1);
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var count = word.Count(char.IsLetterOrDigit);
                if (count > 0)
                {
                    words++;
                    letters += count;
                }
            }
        }

        return (sentences, words, letters);
    }

    private static string Clean(string line)
    {
        line = MarkdownLink().Replace(line, "$1");
        line = Url().Replace(line, "");
        line = ListMarker().Replace(line, "");
        return line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim();
    }

    // ".", "!", "?" (or a run of them) followed by a space: a sentence ends. "22.50" and "gov.it" do not.
    [GeneratedRegex(@"[.!?]+(?=\s)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"^\s*(#+|[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();
}
