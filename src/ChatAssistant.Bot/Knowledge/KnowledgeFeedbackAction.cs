using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Bot.Knowledge;

/// <summary>
/// <c>kb.feedback</c>: keeps the citizen's 👍/👎 for the topic in the conversation's memory ("feedback:&lt;topic&gt;")
/// and logs it; the reports feature aggregates the memories later. Nothing is sent to the citizen here.
/// </summary>
public sealed class KnowledgeFeedbackAction(ILogger<KnowledgeFeedbackAction> logger) : IDialogAction
{
    public const string Name = "kb.feedback";
    public const string MemoryPrefix = "feedback:";
    public const string Useful = "useful";
    public const string NotUseful = "not-useful";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Values.TryGetValue(FlowValues.Topic, out var topic) && context.Values.TryGetValue(FlowValues.Feedback, out var vote)
            && vote is "yes" or "no")
        {
            var verdict = vote == "yes" ? Useful : NotUseful;
            context.Turn.State.Memory[MemoryPrefix + topic] = verdict;
            logger.LogInformation("Feedback on {Topic} in {Tenant}: {Verdict}", topic, context.Turn.Tenant.Id, verdict);
        }

        return Task.FromResult(ActionOutcome.Continue);
    }
}
