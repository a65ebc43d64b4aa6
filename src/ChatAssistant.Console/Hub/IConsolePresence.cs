namespace ChatAssistant.StaffConsole.Hub;

/// <summary>
/// Told when a staff member's console connects or disconnects (one call per browser tab). The handoff capability
/// implements it to know who can take a chat; until then <see cref="ConnectionCountPresence"/> only counts.
/// </summary>
public interface IConsolePresence
{
    Task ConnectedAsync(string tenant, string accountId, string connectionId);

    Task DisconnectedAsync(string tenant, string accountId, string connectionId);
}
