using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Announcements;

/// <summary><c>announcements.mine</c>: which neighbourhoods the citizen follows, said plainly and kept as options for "stop one". A municipality without neighbourhoods says the feature is not there.</summary>
public sealed class MyNeighbourhoodsAction(NeighbourhoodCatalog catalog, IAnnouncementStore store) : IDialogAction
{
    public const string Name = "announcements.mine";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(context.Turn.Tenant.Id) is not { } tenant)
        {
            context.Turn.SendText(context.Text("soon.news"));
            return ActionOutcome.SwitchTo("presto");
        }

        var mine = await store.ListSubscriptionsAsync(tenant.TenantId, context.Turn.Citizen.Id, cancellationToken);
        var named = mine.Select(s => (s.NeighbourhoodId, tenant.Find(s.NeighbourhoodId)?.Name ?? s.NeighbourhoodId)).ToList();
        context.Values[AnnouncementValues.HasSubscriptions] = named.Count > 0 ? "yes" : "no";
        context.Values[AnnouncementValues.Mine] = DynamicOptions.Encode(named);
        context.Values[AnnouncementValues.List] = string.Join(", ", named.Select(n => n.Item2));
        return ActionOutcome.Continue;
    }
}
