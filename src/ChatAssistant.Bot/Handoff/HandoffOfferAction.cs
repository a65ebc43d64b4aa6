using ChatAssistant.Bot.Desks;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Handoff;

/// <summary>
/// <c>handoff.offer</c> where the handoff capability is not composed (the CLI's chat): says live chat is not available
/// here and gives the municipality's help desks, where volunteers help in person. The host registers
/// ChatAssistant.Handoff's escalation under the same name, which replaces this one.
/// </summary>
public sealed class HandoffOfferAction(IOptions<BotOptions> options) : IDialogAction
{
    public const string Name = "handoff.offer";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        context.Say(BotTextKeys.HandoffSoon);
        var desks = DeskList.Describe(context, context.Turn.Tenant, options.Value.MaxDesksShown);
        context.Turn.SendText(desks, [Buttons.For(context.Text(BotTextKeys.Menu))]);
        return Task.FromResult(ActionOutcome.Continue);
    }
}
