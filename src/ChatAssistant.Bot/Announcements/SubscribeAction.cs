using ChatAssistant.Announcements.Storage;
using ChatAssistant.Announcements.Subscriptions;
using ChatAssistant.Dialogs.Actions;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Bot.Announcements;

/// <summary><c>announcements.subscribe</c>: records the consent the citizen just gave, with its time, and says how to stop.</summary>
public sealed class SubscribeAction(IAnnouncementStore store, TimeProvider clock) : IDialogAction
{
    public const string Name = "announcements.subscribe";

    public async Task<ActionOutcome> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        await store.SubscribeAsync(new Subscription
        {
            TenantId = turn.Tenant.Id,
            CitizenId = turn.Citizen.Id,
            NeighbourhoodId = context.Values[AnnouncementValues.ChosenId],
            ChannelId = turn.Activity.ChannelId ?? "",
            ChatId = turn.Activity.Conversation?.Id ?? "",
            Language = turn.Language,
            ConsentAt = clock.GetUtcNow(),
        }, cancellationToken);
        context.Say("announcements.subscribed", "button.menu");
        return ActionOutcome.EndFlow;
    }
}
