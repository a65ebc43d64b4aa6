using ChatAssistant.Announcements.Storage;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Announcements;

/// <summary><c>announcements.unsubscribe</c>: stops the one neighbourhood chosen from the citizen's list.</summary>
public sealed class UnsubscribeAction(IAnnouncementStore store) : IDialogAction
{
    public const string Name = "announcements.unsubscribe";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = context.Values.TryGetValue(AnnouncementValues.ToStop, out var chosen) ? chosen : "";
        var name = DynamicOptions.Decode(context.Values.TryGetValue(AnnouncementValues.Mine, out var mine) ? mine : null)
            .FirstOrDefault(o => o.Value == id).Label ?? id;
        context.Values[AnnouncementValues.ChosenName] = name;
        await store.UnsubscribeAsync(context.Turn.Tenant.Id, context.Turn.Citizen.Id, id, cancellationToken);
        context.Say("announcements.unsubscribed", "button.menu");
        return ActionOutcome.EndFlow;
    }
}
