using ChatAssistant.Announcements.Neighbourhoods;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Announcements;

/// <summary>
/// <c>announcements.find</c>: the neighbourhood from a button or from what was typed (a name, a place, a street, with
/// typos). One match goes on to the confirmation; several are offered as buttons; none asks again with an example.
/// </summary>
public sealed class FindNeighbourhoodAction(NeighbourhoodCatalog catalog) : IDialogAction
{
    public const string Name = "announcements.find";

    public Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var tenant = catalog.Find(context.Turn.Tenant.Id);
        var typed = context.Values.TryGetValue(AnnouncementValues.Typed, out var t) ? t : "";
        var byName = tenant?.All.Where(n => TextNormalizer.Normalize(n.Name) == TextNormalizer.Normalize(typed)).ToList() ?? [];
        var matches = byName.Count > 0 ? byName : tenant is null ? [] : NeighbourhoodMatcher.Match(tenant, typed);
        if (matches.Count == 1)
        {
            context.Values[AnnouncementValues.ChosenId] = matches[0].Id;
            context.Values[AnnouncementValues.ChosenName] = matches[0].Name;
            context.Values[AnnouncementValues.Outcome] = "ok";
            return Task.FromResult(ActionOutcome.Continue);
        }

        context.Values[AnnouncementValues.Outcome] = AnnouncementValues.Retry;
        if (matches.Count > 1)
        {
            context.Values[AnnouncementValues.Offered] = DynamicOptions.Encode(matches.Take(6).Select(n => (n.Name, n.Name)));
            context.Turn.SendText(context.Text("announcements.several"));
        }
        else
        {
            context.Turn.SendText(context.Text("announcements.not_found"));
        }

        return Task.FromResult(ActionOutcome.Continue);
    }
}
