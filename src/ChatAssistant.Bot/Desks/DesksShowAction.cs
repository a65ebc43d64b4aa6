using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Desks;

/// <summary><c>desks.show</c>: lists the municipality's help desks.</summary>
public sealed class DesksShowAction(IOptions<BotOptions> options) : IDialogAction
{
    public const string Name = "desks.show";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        context.Turn.SendText(DeskList.Describe(context, context.Turn.Tenant, options.Value.MaxDesksShown));
        return Task.FromResult(ActionOutcome.Continue);
    }
}
