using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// An answer body cut the way a phone should show it: the opening paragraph and the first step first, the other steps
/// and what to bring on request, and the closing "who helps you" line once. Paragraphs are told apart by their label
/// (<c>**Cosa serve:**</c>, <c>**Chi ti aiuta:**</c> and the English ones), so editors keep writing plain Markdown.
/// </summary>
/// <param name="Summary">The first paragraph: it must answer on its own. Empty when the body starts with a list.</param>
/// <param name="FirstStep">The text of the first numbered step ("1. ..."), or null.</param>
/// <param name="Steps">Every paragraph that is neither the summary, nor what to bring, nor who helps.</param>
/// <param name="Needs">"What you need", with its label.</param>
/// <param name="Helpers">"Who helps you", with its label.</param>
public sealed partial record AnswerParts(string Summary, string? FirstStep, string Steps, string Needs, string Helpers)
{
    private static readonly string[] NeedsLabels = ["cosa serve", "cosa ti serve", "what you need"];
    private static readonly string[] HelpersLabels = ["chi ti aiuta", "who helps you", "who can help"];

    /// <summary>What the citizen sees first: the summary and, when there is one, the first step.</summary>
    public string Opening => FirstStep is null || Summary.Length == 0 ? Summary : $"{Summary}\n\n{FirstStep}";

    /// <summary>True when the steps say more than the first step already shown.</summary>
    public bool HasMoreSteps => Steps.Length > 0 && Steps.Trim() != FirstStep;

    public static AnswerParts Split(string body)
    {
        var blocks = Paragraph().Split(body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim())
            .Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        var summary = blocks.Count > 0 && IsProse(blocks[0]) ? blocks[0] : "";
        var steps = new List<string>();
        var needs = new List<string>();
        var helpers = new List<string>();
        foreach (var block in blocks.Skip(summary.Length > 0 ? 1 : 0))
        {
            var target = HasLabel(block, NeedsLabels) ? needs : HasLabel(block, HelpersLabels) ? helpers : steps;
            target.Add(block);
        }

        var stepsText = string.Join("\n\n", steps);
        var first = stepsText.Split('\n').FirstOrDefault(line => FirstItem().IsMatch(line))?.Trim();
        return new AnswerParts(summary, first, stepsText, string.Join("\n\n", needs), string.Join("\n\n", helpers));
    }

    /// <summary>A paragraph that reads as sentences: not a list, not a bare label, not an introduction to a list.</summary>
    public static bool IsProse(string paragraph)
    {
        var lines = paragraph.Trim().Split('\n').Select(l => l.Trim()).ToList();
        return lines[0].Length > 0 && !lines[0].StartsWith("**", StringComparison.Ordinal) && !lines[0].StartsWith('#')
            && lines.All(line => !ListItem().IsMatch(line) && !line.EndsWith(':'));
    }

    private static bool HasLabel(string block, string[] labels)
    {
        var start = block.TrimStart('*', '_', ' ').ToLowerInvariant();
        return labels.Any(label => start.StartsWith(label, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"^\s*1[.)]\s+")]
    private static partial Regex FirstItem();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+")]
    private static partial Regex ListItem();
}
