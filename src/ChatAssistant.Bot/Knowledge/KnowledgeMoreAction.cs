using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Core.Understanding;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using ChatAssistant.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Knowledge;

/// <summary>
/// <c>kb.more</c>: the part of the answer the citizen asked for with a button ("Dimmi i passaggi" → the steps,
/// "Cosa serve" → what to bring), with the closing "who helps you" line when it is due; then the buttons left.
/// </summary>
public sealed class KnowledgeMoreAction(IKnowledgeAnswers knowledge, IOptions<BotOptions> options) : IDialogAction
{
    public const string Name = "kb.more";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var part = context.Values.TryGetValue(FlowValues.Feedback, out var chosen) ? chosen : null;
        var answer = context.Values.TryGetValue(FlowValues.Topic, out var topic) ? knowledge.Find(topic, turn.Tenant.Id, turn.Language) : null;
        if (answer is null || part is not (AnswerMenu.Steps or AnswerMenu.Needs))
        {
            // The content changed under the conversation (topic removed): end the answer rather than loop.
            context.Values[FlowValues.HasMore] = "no";
            return Task.FromResult(ActionOutcome.Continue);
        }

        var parts = AnswerParts.Split(answer.Body);
        var text = part == AnswerMenu.Steps ? parts.Steps : parts.Needs;
        AnswerMenu.MarkShown(context, part);
        if (text.Length > 0)
        {
            turn.SendText(ClosingLine.Append(text, ClosingLine.TakeIfDue(turn, parts, options.Value.ClosingLineRepeatHours))).TextFormat = "markdown";
        }

        AnswerMenu.Offer(context, parts, answer.Id);
        return Task.FromResult(ActionOutcome.Continue);
    }
}
