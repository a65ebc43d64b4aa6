using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests.SeveralHosts;

/// <summary>
/// Auto-assignment with two real hosts on one PostgreSQL: the volunteer's console is connected to the host that does
/// NOT hold the queue's lease, and still gets the waiting ticket (presence is in the store, "came online" a NOTIFY).
/// </summary>
public sealed class AutoAssignmentAcrossHostsTests : IAsyncLifetime
{
    private const string Volunteer = "volontario@milano.example";

    private readonly string _knowledgeBase = Path.Combine(Path.GetTempPath(), "chatassistant-kb-" + Guid.NewGuid().ToString("N"));
    private PostgresSchema _database = null!;
    private HostProcess _a = null!;
    private HostProcess _b = null!;

    public async Task InitializeAsync()
    {
        // Milano open at any hour, with auto-assignment.
        HostFolders.Copy(Path.Combine(HostProcess.RepositoryRoot(), "knowledge-base"), _knowledgeBase);
        await File.WriteAllTextAsync(Path.Combine(_knowledgeBase, "comuni", "milano", "handoff.yaml"), "assignment: auto\n");
        _database = await PostgresSchema.CreateAsync();
        _a = await HostProcess.StartAsync(environment: Environment("host-a"));
        _b = await HostProcess.StartAsync(environment: Environment("host-b"));
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_knowledgeBase, recursive: true);
    }

    [Fact]
    public async Task CitizenWaits_VolunteerComesOnlineOnTheHostWithoutTheLease_GetsTheTicketWithinSeconds()
    {
        var token = await StaffSignIn.TokenAsync(_a, Volunteer);
        var citizen = new DirectLineClient(_a.Client);
        await citizen.StartAsync();
        Assert.Contains("Sei il numero 1 in coda", DirectLineClient.Texts(await citizen.SendAsync("operatore")), StringComparison.Ordinal);
        var holder = await LeaseHolderAsync("handoff-queue");
        var other = holder == "host-a" ? _b : _a;

        using var console = new HandoffEventStream(other.BaseAddress, token);
        await console.StartAsync();
        var ticket = Assert.Single((await StaffApi.CallAsync(other, token, HttpMethod.Get, "api/handoff/queue")).AsArray())!["id"]!.GetValue<string>();
        await console.WaitForEventAsync("claimed", ticket, TimeSpan.FromSeconds(5));

        var held = await StaffApi.CallAsync(other, token, HttpMethod.Get, $"api/handoff/{ticket}");
        Assert.Equal(("held", "Volontario milano"), (held["status"]!.GetValue<string>(), held["volunteerName"]!.GetValue<string>()));
        Assert.Contains("Ora ti scrive Volontario milano", DirectLineClient.Texts(await citizen.ReadBotMessagesAsync()), StringComparison.Ordinal);
    }

    private async Task<string> LeaseHolderAsync(string lease)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var rows = await _database.QueryAsync($"SELECT holder FROM leases WHERE name = '{lease}'");
            if (rows.Count == 1 && rows[0][0] is { } holder)
            {
                return holder;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"Nobody took the lease {lease}.");
    }

    private Dictionary<string, string> Environment(string hostName)
    {
        var environment = _database.HostEnvironment(hostName);
        environment["ChatAssistant__KnowledgeBasePath"] = _knowledgeBase;
        return environment;
    }
}
