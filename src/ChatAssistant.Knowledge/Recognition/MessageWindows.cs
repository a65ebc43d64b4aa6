namespace ChatAssistant.Knowledge.Recognition;

/// <summary>
/// The parts of a message worth scoring on their own. Citizens put the story first and the need last ("my mother came
/// to live with us... how do we move her residence?"); scored as one block, every word of the story lowers the need's
/// share. So the whole message, each clause and each pair of neighbouring clauses are scored, and each id keeps its best.
/// </summary>
internal static class MessageWindows
{
    /// <summary>More clauses than this are merged into the last one: a wall of text costs a bounded number of searches.</summary>
    private const int MaxClauses = 8;

    /// <summary>A clause shorter than this many letters joins the next one: "ok," or "si," say nothing on their own.</summary>
    private const int MinClauseLetters = 4;

    private static readonly char[] ClauseEnds = ['.', ',', ';', ':', '!', '?', '\n', '(', ')'];

    /// <summary>Words that join a second request to the first ("…and then also…"): a clause starts after them.</summary>
    private static readonly string[] Joiners = [" e poi ", " e anche ", " ed anche ", " inoltre ", " and also ", " as well as "];

    public static List<string> Of(string text)
    {
        var clauses = Clauses(text);
        var windows = new List<string> { text };
        if (clauses.Count < 2)
        {
            return windows;
        }

        for (var i = 0; i < clauses.Count; i++)
        {
            windows.Add(clauses[i]);
            if (i + 1 < clauses.Count && clauses.Count > 2)
            {
                windows.Add(clauses[i] + " " + clauses[i + 1]);
            }
        }

        return windows;
    }

    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        var pending = "";
        var marked = Joiners.Aggregate(text, (current, joiner) => current.Replace(joiner, joiner.TrimEnd() + ", ", StringComparison.OrdinalIgnoreCase));
        foreach (var part in marked.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            pending = pending.Length == 0 ? part : pending + " " + part;
            if (pending.Count(char.IsLetterOrDigit) >= MinClauseLetters)
            {
                clauses.Add(pending);
                pending = "";
            }
        }

        if (pending.Length > 0)
        {
            if (clauses.Count == 0)
            {
                clauses.Add(pending);
            }
            else
            {
                clauses[^1] += " " + pending;
            }
        }

        while (clauses.Count > MaxClauses)
        {
            clauses[^2] += " " + clauses[^1];
            clauses.RemoveAt(clauses.Count - 1);
        }

        return clauses;
    }
}
