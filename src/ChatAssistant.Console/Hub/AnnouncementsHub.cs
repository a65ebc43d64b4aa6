using ChatAssistant.Core.Staff;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Authorization;

namespace ChatAssistant.StaffConsole.Hub;

/// <summary>
/// Live delivery progress for the announcements page (/console/announcements/hub): each connection joins its tenant's
/// group and receives "progress" {id, status, total, sent, failed, unreachable, retracted}. Committees may connect
/// here, unlike the volunteers' hub.
/// </summary>
[Authorize(Policy = StaffPolicies.Committee)]
public sealed class AnnouncementsHub : Microsoft.AspNetCore.SignalR.Hub
{
    public static string TenantGroup(string tenant) => "announcements:" + tenant;

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.Tenant() is { } tenant)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, TenantGroup(tenant));
        }

        await base.OnConnectedAsync();
    }
}
