using ChatAssistant.Core.Staff;
using ChatAssistant.Handoff.Api;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Queue;
using Microsoft.AspNetCore.Authorization;

namespace ChatAssistant.StaffConsole.Hub;

/// <summary>
/// The console's live channel (/console/hub). Each connection joins its tenant's group and receives the handoff's
/// events there ("handoff": queued, claimed, citizen-message, ...). While a page is connected its volunteer counts as
/// online for the handoff's assignment on every host (<see cref="IVolunteerPresence"/>, per connection: two tabs, two counts).
/// </summary>
[Authorize(Policy = StaffPolicies.Volunteer)]
public sealed class ConsoleHub(IVolunteerPresence presence, QueueMonitor monitor) : Microsoft.AspNetCore.SignalR.Hub
{
    public static string TenantGroup(string tenant) => "tenant:" + tenant;

    public override async Task OnConnectedAsync()
    {
        if (Context.User is { } user && StaffMember.From(user) is { } volunteer)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, TenantGroup(volunteer.TenantId));
            await presence.ConnectedAsync(volunteer, Context.ConnectionAborted);
            // Tickets waiting for someone to come online can go to this volunteer now.
            monitor.Nudge();
        }

        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User is { } user && StaffMember.From(user) is { } volunteer)
        {
            await presence.DisconnectedAsync(volunteer.TenantId, volunteer.Id, CancellationToken.None);
        }

        await base.OnDisconnectedAsync(exception);
    }
}
