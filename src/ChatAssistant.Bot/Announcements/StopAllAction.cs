using ChatAssistant.Announcements.Storage;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Announcements;

/// <summary><c>announcements.stop_all</c>: /stop_avvisi or "stop all": no more announcements from any neighbourhood, at once.</summary>
public sealed class StopAllAction(IAnnouncementStore store) : IDialogAction
{
    public const string Name = "announcements.stop_all";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var stopped = await store.UnsubscribeAllAsync(context.Turn.Tenant.Id, context.Turn.Citizen.Id, cancellationToken);
        context.Say(stopped > 0 ? "announcements.stopped_all" : "announcements.none_to_stop", "button.menu");
        return ActionOutcome.EndFlow;
    }
}
