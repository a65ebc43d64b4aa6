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

    /// <summary>Buttons under the answer: the related flow (e.g. booking) and the message's second need, if any.</summary>
    private void OfferRelatedFlow(ActionContext context, KnowledgeAnswer answer)
    {
        context.Values.Remove(FlowValues.Related);
        context.Values.Remove(FlowValues.RelatedOptions);
        var options = new List<(string Value, string Label)>();
        if (context.Values.TryGetValue(FlowValues.OtherNeed, out var other) && other != answer.Id
            && context.Values.TryGetValue(FlowValues.OtherNeedTitle, out var otherTitle))
        {
            options.Add((OtherNeedOption, otherTitle));
        }

        var flow = answer.Flow is not { } related ? null
            : related.StartsWith(CatalogRoutes.IntentPrefix, StringComparison.Ordinal) ? CatalogRoutes.FlowForIntent(related) : related;
        if (flow is not null && engine.HasFlow(flow) && context.Texts.Has(BotTextKeys.Related(flow), context.Turn.Language))
        {
            context.Values[FlowValues.Related] = flow;
            options.Add(("open", context.Text(BotTextKeys.Related(flow))));
        }

        if (options.Count > 0)
        {
            context.Values[FlowValues.RelatedOptions] = DynamicOptions.Encode(options);
        }
    }

    /// <summary>The value of the second need's button; the flow's branch sends it to <see cref="OpenOtherNeedAction"/>.</summary>
    public const string OtherNeedOption = "other";
}
