using System.Collections.Concurrent;

namespace ChatAssistant.StaffConsole.Hub;

/// <summary>This host's open console connections per account: the default presence until the handoff brings its own.</summary>
public sealed class ConnectionCountPresence : IConsolePresence
{
    private readonly ConcurrentDictionary<string, int> _connections = new(StringComparer.Ordinal);

    public bool IsConnected(string accountId) => _connections.TryGetValue(accountId, out var count) && count > 0;

    public Task ConnectedAsync(string tenant, string accountId, string connectionId)
    {
        _connections.AddOrUpdate(accountId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task DisconnectedAsync(string tenant, string accountId, string connectionId)
    {
        _connections.AddOrUpdate(accountId, 0, (_, n) => Math.Max(0, n - 1));
        return Task.CompletedTask;
    }
}
