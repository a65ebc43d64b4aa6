using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.Core.Staff;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Demo;

/// <summary>
/// At first start, one volunteer and one coordinator for each demo tenant that has no account yet; their one-time
/// passwords are written to the log once, and must be changed at first sign-in. There is no default password.
/// A store that is away at start (PostgreSQL not reachable yet) does not stop the host: the seeding waits for it.
/// </summary>
internal sealed partial class DemoAccountSeeding(StaffAccounts accounts, IOptions<ConsoleOptions> options, TimeProvider clock, ILogger<DemoAccountSeeding> logger,
    ChatAssistant.Announcements.Neighbourhoods.NeighbourhoodCatalog? neighbourhoods = null)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SeedAsync(cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying;
    }

    public void Dispose() => _stopping.Dispose();

    private Task RetryAsync(CancellationToken stopping) =>
        StoreRetry.UntilAvailableAsync(SeedAsync, clock, _ => { }, stopping);

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in options.Value.DemoTenants)
        {
            if ((await accounts.Store.ListAsync(tenant, cancellationToken)).Count > 0)
            {
                continue;
            }

            foreach (var (role, name) in new[] { (StaffRoles.Volunteer, "volontario"), (StaffRoles.Coordinator, "coordinatore") })
            {
                var created = await accounts.CreateAsync(new NewAccount($"{name}@{tenant}.example", role, tenant, $"{Capitalized(name)} {tenant}"), cancellationToken);
                if (created is { Account: { } account, OneTimePassword: { } password })
                {
                    LogDemoAccount(logger, account.Email, role, tenant, password);
                }
            }

            // A committee of the tenant's first neighbourhood, to try the announcements.
            if (neighbourhoods?.Find(tenant)?.All is [var first, ..]
                && await accounts.CreateAsync(new NewAccount($"comitato@{tenant}.example", StaffRoles.Committee, tenant, $"Comitato {first.Name}", Neighbourhoods: [first.Id]), cancellationToken)
                    is { Account: { } committee, OneTimePassword: { } committeePassword })
            {
                LogDemoAccount(logger, committee.Email, StaffRoles.Committee, tenant, committeePassword);
            }
        }
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo console account {Email} ({Role}, {Tenant}) created with the one-time password {Password} (shown once; it must be changed at first sign-in)")]
    private static partial void LogDemoAccount(ILogger logger, string email, string role, string tenant, string password);
}
