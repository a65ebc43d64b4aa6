namespace ChatAssistant.Channels.Telegram.Sending;

/// <summary>
/// Telegram refuses messages over 4,096 characters. A longer reply is cut where a reader would pause: a blank
/// line, else a line end, else a sentence end, else a space; a cut inside a word only as a last resort.
/// The source text is cut before it becomes HTML, so no tag is ever split.
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string text, int limit = TelegramLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        var chunks = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = FindCut(rest, limit);
            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    private static int FindCut(string text, int limit)
    {
        var window = text[..limit];
        var minimum = limit / 3;
        var at = window.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (at >= minimum)
        {
            return at;
        }

        at = window.LastIndexOf('\n');
        if (at >= minimum)
        {
            return at;
        }

        for (var i = limit - 1; i >= minimum; i--)
        {
            if (window[i] is '.' or '!' or '?' or ';' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        at = window.LastIndexOf(' ');
        if (at >= minimum)
        {
            return at;
        }

        // Never split a surrogate pair (emoji).
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
