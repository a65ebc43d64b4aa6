using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Understanding;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Knowledge.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Knowledge;

/// <summary>
/// <c>kb.answer</c>: sends what a phone shows without scrolling — the opening paragraph and the first step of the
/// answer for the flow value "topic" — then the official page to check. The other steps and what to bring wait behind
/// buttons (<see cref="AnswerMenu"/>, shown by <c>kb.more</c>); the related flow (e.g. booking) is a button too.
/// </summary>
public sealed class KnowledgeAnswerAction(
    IKnowledgeAnswers knowledge,
    DialogEngine engine,
    IOptions<BotOptions> options,
    ILogger<KnowledgeAnswerAction> logger) : IDialogAction
{
    public const string Name = "kb.answer";
    public const string LastTopicMemory = "last_topic";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var topic = context.Values.TryGetValue(FlowValues.Topic, out var value) ? value : null;
        var answer = topic is null ? null : knowledge.Find(topic, turn.Tenant.Id, turn.Language);
        if (answer is null)
        {
            logger.LogWarning("No knowledge answer for topic {Topic} in {Tenant}", topic, turn.Tenant.Id);
            return Task.FromResult(ActionOutcome.SwitchTo(FlowIds.Unknown));
        }

        var parts = AnswerParts.Split(answer.Body);
        context.Values.Remove(FlowValues.AnswerShown);
        var everything = AnswerMenu.Remaining(parts, AnswerMenu.Shown(context)).Count == 0;

        // Nothing hidden (a short answer, or a body that does not open with a paragraph): it all goes at once.
        var text = everything
            ? ClosingLine.Append(WithoutHelpers(answer.Body, parts), ClosingLine.TakeIfDue(turn, parts, options.Value.ClosingLineRepeatHours))
            : parts.Opening;
        turn.SendText(text).TextFormat = "markdown";
        if (answer.Links.Count > 0)
        {
            turn.SendText(string.Join('\n', answer.Links.Select(link => context.Text(BotTextKeys.CheckHere,
                new Dictionary<string, string> { ["title"] = link.Title, ["url"] = link.Url }))));
        }

        OfferRelatedFlow(context, answer);
        AnswerMenu.Offer(context, parts, answer.Id);
        turn.State.Memory[LastTopicMemory] = answer.Id;
        turn.Usage.Topic = answer.Id;
        return Task.FromResult(ActionOutcome.Continue);
    }

    /// <summary>The body without its "who helps you" paragraph, which <see cref="ClosingLine"/> adds when due.</summary>
    private static string WithoutHelpers(string body, AnswerParts parts) =>
        parts.Helpers.Length == 0 ? body : body.Replace(parts.Helpers, "", StringComparison.Ordinal).Trim();

    private void OfferRelatedFlow(ActionContext context, KnowledgeAnswer answer)
    {
        context.Values.Remove(FlowValues.Related);
        if (answer.Flow is not { } related)
        {
            return;
        }

        var flow = related.StartsWith(CatalogRoutes.IntentPrefix, StringComparison.Ordinal) ? CatalogRoutes.FlowForIntent(related) : related;
        if (engine.HasFlow(flow) && context.Texts.Has(BotTextKeys.Related(flow), context.Turn.Language))
        {
            context.Values[FlowValues.Related] = flow;
        }
    }
}
