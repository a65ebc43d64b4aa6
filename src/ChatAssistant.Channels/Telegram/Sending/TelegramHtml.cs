using System.Text;
using System.Text.RegularExpressions;

namespace ChatAssistant.Channels.Telegram.Sending;

/// <summary>
/// Texts leave as Telegram HTML. Everything is escaped first, so no text (a citizen's words echoed by the bot,
/// a knowledge answer) can inject markup; only then are the few Markdown forms the knowledge base uses turned
/// into tags: **bold**, *italic*, `code`, [title](https://link), "# heading" lines and "- " bullets.
/// Numbered lists stay as they are ("1. ..."): Telegram shows them well as plain lines.
/// </summary>
public static partial class TelegramHtml
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string FromPlain(string text) => Escape(text);

    public static string FromMarkdown(string markdown)
    {
        var lines = Escape(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Heading().Replace(lines[i], "<b>${text}</b>");
            line = Bullet().Replace(line, "${indent}• ");
            lines[i] = Inline(line);
        }

        return string.Join('\n', lines);
    }

    private static string Inline(string line)
    {
        // Code first, so what is inside it is not formatted; the rest in the order Markdown gives them.
        var parts = InlineCode().Split(line);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                parts[i] = $"<code>{parts[i]}</code>";
                continue;
            }

            var p = Link().Replace(parts[i], m => $"<a href=\"{m.Groups["url"].Value}\">{m.Groups["title"].Value}</a>");
            p = Bold().Replace(p, "<b>${text}</b>");
            p = Italic().Replace(p, "<i>${text}</i>");
            parts[i] = p;
        }

        return string.Concat(parts);
    }

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex Heading();

    // Only "- ": a line starting "* " is as likely a citizen's own asterisk as a bullet.
    [GeneratedRegex(@"^(?<indent>\s*)-\s+")]
    private static partial Regex Bullet();

    // The text was escaped already, so a quote in the URL is &quot; and cannot close the attribute.
    [GeneratedRegex(@"\[(?<title>[^\[\]\n]+)\]\((?<url>(?:https?://|tg://|mailto:)[^\s()]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(?<text>(?=\S)[^*\n]*?\S)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w*])\*(?<text>(?=[^\s*])[^*\n]*?[^\s*])\*(?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex InlineCode();
}
