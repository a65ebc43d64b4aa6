using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.Knowledge;

/// <summary>
/// The buttons under an answer: the parts not shown yet ("Dimmi i passaggi", "Cosa serve"), the message's second need
/// when it asked for two things, then the related flow.
/// Kept in the flow's values so the next turn, and a restart, know what is left.
/// </summary>
public static class AnswerMenu
{
    public const string Steps = "steps";
    public const string Needs = "needs";
    public const string OpenRelated = "open";

    /// <summary>The value of the second need's button; the flow's branch sends it to <see cref="OpenOtherNeedAction"/>.</summary>
    public const string OtherNeed = "other";

    /// <summary>The parts still hidden, in the order they are offered.</summary>
    public static IReadOnlyList<string> Remaining(AnswerParts parts, ICollection<string> shown)
    {
        var remaining = new List<string>();
        if (parts.Summary.Length > 0 && parts.HasMoreSteps && !shown.Contains(Steps))
        {
            remaining.Add(Steps);
        }

        if (parts.Summary.Length > 0 && parts.Needs.Length > 0 && !shown.Contains(Needs))
        {
            remaining.Add(Needs);
        }

        return remaining;
    }

    /// <summary>Sets <see cref="FlowValues.AnswerOptions"/> and <see cref="FlowValues.HasMore"/> for the next prompt.</summary>
    /// <param name="answerId">The topic answered: a second need that is the same topic gets no button.</param>
    public static void Offer(ActionContext context, AnswerParts parts, string answerId)
    {
        var remaining = Remaining(parts, Shown(context));
        var options = remaining.Select(part => (part, context.Text(part == Steps ? BotTextKeys.MoreSteps : BotTextKeys.MoreNeeds))).ToList();
        if (context.Values.TryGetValue(FlowValues.OtherNeed, out var other) && other != answerId
            && context.Values.TryGetValue(FlowValues.OtherNeedTitle, out var otherTitle))
        {
            options.Add((OtherNeed, otherTitle));
        }

        if (context.Values.TryGetValue(FlowValues.Related, out var flow))
        {
            options.Add((OpenRelated, context.Text(BotTextKeys.Related(flow))));
        }

        context.Values[FlowValues.AnswerOptions] = DynamicOptions.Encode(options);
        context.Values[FlowValues.HasMore] = remaining.Count > 0 ? "yes" : "no";
    }

    /// <summary>The parts of this answer already sent in this flow.</summary>
    public static HashSet<string> Shown(ActionContext context) =>
        context.Values.TryGetValue(FlowValues.AnswerShown, out var shown)
            ? shown.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    public static void MarkShown(ActionContext context, string part)
    {
        var shown = Shown(context);
        shown.Add(part);
        context.Values[FlowValues.AnswerShown] = string.Join(',', shown.Order(StringComparer.Ordinal));
    }
}
