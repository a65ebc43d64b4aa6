using ChatAssistant.StaffConsole.SignIn;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatAssistant.StaffConsole.Hub;

/// <summary>
/// The console's one live channel (/console/hub). Each connection joins its tenant's group; the queue page listens
/// for "queueChanged", a chat page for "chatMessage". Connects and disconnects are reported to
/// <see cref="IConsolePresence"/> so the handoff knows which volunteers are at their console.
/// </summary>
[Authorize(Policy = StaffPolicies.Volunteer)]
public sealed class ConsoleHub(IConsolePresence presence) : Microsoft.AspNetCore.SignalR.Hub
{
    public static string TenantGroup(string tenant) => "tenant:" + tenant;

    public override async Task OnConnectedAsync()
    {
        var tenant = Context.User?.Tenant() ?? "";
        await Groups.AddToGroupAsync(Context.ConnectionId, TenantGroup(tenant));
        if (Context.User?.AccountId() is { } id)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AccountGroup(id));
            await presence.ConnectedAsync(tenant, id, Context.ConnectionId);
        }

        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User?.AccountId() is { } id)
        {
            await presence.DisconnectedAsync(Context.User.Tenant() ?? "", id, Context.ConnectionId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    public static string AccountGroup(string accountId) => "account:" + accountId;
}
