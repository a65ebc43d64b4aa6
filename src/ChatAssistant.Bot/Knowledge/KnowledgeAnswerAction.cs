using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Understanding;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Bot.Knowledge;

/// <summary>
/// <c>kb.answer</c>: sends the answer for the flow value "topic", then the official page to check, and offers the
/// related flow (e.g. booking) as a button of the next prompt.
/// </summary>
public sealed class KnowledgeAnswerAction(IKnowledgeAnswers knowledge, DialogEngine engine, ILogger<KnowledgeAnswerAction> logger) : IDialogAction
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

        turn.SendText(answer.Body).TextFormat = "markdown";
        if (answer.Links.Count > 0)
        {
            turn.SendText(string.Join('\n', answer.Links.Select(link => context.Text(BotTextKeys.CheckHere,
                new Dictionary<string, string> { ["title"] = link.Title, ["url"] = link.Url }))));
        }

        OfferRelatedFlow(context, answer);
        turn.State.Memory[LastTopicMemory] = answer.Id;
        return Task.FromResult(ActionOutcome.Continue);
    }

    private void OfferRelatedFlow(ActionContext context, KnowledgeAnswer answer)
    {
        context.Values.Remove(FlowValues.Related);
        context.Values.Remove(FlowValues.RelatedOptions);
        if (answer.Flow is not { } related)
        {
            return;
        }

        var flow = related.StartsWith(CatalogRoutes.IntentPrefix, StringComparison.Ordinal) ? CatalogRoutes.FlowForIntent(related) : related;
        if (engine.HasFlow(flow) && context.Texts.Has(BotTextKeys.Related(flow), context.Turn.Language))
        {
            context.Values[FlowValues.Related] = flow;
            context.Values[FlowValues.RelatedOptions] = DynamicOptions.Encode([("open", context.Text(BotTextKeys.Related(flow)))]);
        }
    }
}
