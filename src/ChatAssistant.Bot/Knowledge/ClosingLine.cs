using System.Globalization;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.Knowledge;

/// <summary>
/// "Chi ti aiuta" closes the first answer of a conversation, not every answer: said once, then again only when the
/// citizen comes back after <see cref="BotOptions.ClosingLineRepeatHours"/> (a Telegram chat never really ends).
/// </summary>
public static class ClosingLine
{
    public const string ShownAtMemory = "kb.closing_shown_at";

    /// <summary>The "who helps you" paragraph when it is due (and marks it said), else null.</summary>
    public static string? TakeIfDue(TurnContext turn, AnswerParts parts, int repeatHours)
    {
        if (parts.Helpers.Length == 0)
        {
            return null;
        }

        if (turn.State.Memory.TryGetValue(ShownAtMemory, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var shownAt)
            && turn.Now - shownAt < TimeSpan.FromHours(repeatHours))
        {
            return null;
        }

        turn.State.Memory[ShownAtMemory] = turn.Now.ToString("O", CultureInfo.InvariantCulture);
        return parts.Helpers;
    }

    /// <summary><paramref name="text"/> with the closing line after it when one is due.</summary>
    public static string Append(string text, string? closing) => closing is null ? text : $"{text}\n\n{closing}";
}
