using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests.SeveralHosts;

/// <summary>Two real host processes, "host-a" and "host-b", on one fresh PostgreSQL schema, shared by a class's tests.</summary>
public sealed class TwoHostsFixture : IAsyncLifetime
{
    public PostgresSchema Database { get; private set; } = null!;

    public HostProcess A { get; private set; } = null!;

    public HostProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await PostgresSchema.CreateAsync();
        var a = HostProcess.StartAsync(environment: Database.HostEnvironment("host-a"));
        var b = HostProcess.StartAsync(environment: Database.HostEnvironment("host-b"));
        await Task.WhenAll(a, b);
        (A, B) = (await a, await b);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}
