using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatAssistant.Reports.Drafts;

/// <summary>
/// A knowledge entry to start from, drafted from questions the bot did not understand: the front matter of
/// knowledge-base/topics/&lt;id&gt;.it.md with the questions filled in and every field an editor must complete marked
/// TODO, so `kb lint` refuses it until someone has written and sourced the answer. The coordinator downloads it and
/// hands it to whoever edits the knowledge base.
/// </summary>
public static partial class KnowledgeDraft
{
    public static string FileName(string firstQuestion) => IdFor(firstQuestion) + ".it.md";

    public static string Write(IReadOnlyList<string> questions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var kept = questions.Select(q => q.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var id = IdFor(kept.FirstOrDefault() ?? "nuovo-argomento");
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("id: ").Append(id).Append("            # TODO: an id of topics.yaml (add it there first)\n");
        text.Append("lang: it\n");
        text.Append("title: TODO titolo breve\n");
        text.Append("reviewed: TODO             # the day the whole entry is checked against its sources\n");
        text.Append("sources:\n  - url: TODO https://...\n    checked: ").Append(day).Append('\n');
        text.Append("questions:                 # from the questions the bot did not understand (redacted)\n");
        foreach (var question in kept)
        {
            text.Append("  - \"").Append(question.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        }

        text.Append("keywords: []               # TODO\n");
        text.Append("links: []\n");
        text.Append("---\n");
        text.Append("TODO: la risposta in due o tre frasi brevi.\n\n1. TODO primo passo.\n\n**Cosa serve:**\n- TODO\n\n**Chi ti aiuta:** TODO\n");
        return text.ToString();
    }

    /// <summary>A file name from the question's words: lower case, ASCII, dashes, at most five words.</summary>
    public static string IdFor(string question)
    {
        var plain = new string(question.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        var words = NotAWord().Split(plain.ToLowerInvariant()).Where(w => w.Length > 2 && w != "nome" && w != "numero").Take(5);
        var id = string.Join('-', words);
        return id.Length == 0 ? "nuovo-argomento" : id;
    }

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotAWord();
}
