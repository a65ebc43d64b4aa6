using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Announcements;

/// <summary><c>announcements.options</c>: every neighbourhood of the municipality as a button; typing a name or a street works too.</summary>
public sealed class NeighbourhoodOptionsAction(NeighbourhoodCatalog catalog) : IDialogAction
{
    public const string Name = "announcements.options";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(context.Turn.Tenant.Id) is not { } tenant)
        {
            context.Turn.SendText(context.Text("soon.news"));
            return Task.FromResult(ActionOutcome.SwitchTo("presto"));
        }

        context.Values[AnnouncementValues.Offered] = DynamicOptions.Encode(tenant.All.Select(n => (n.Name, n.Name)));
        return Task.FromResult(ActionOutcome.Continue);
    }
}
