using ChatAssistant.Appointments.Storage;
using ChatAssistant.Core.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Appointments.Desks;

/// <summary>
/// Keeps <see cref="DeskCatalog"/> on the stored desks: at start-up it seeds the store from each tenant's
/// appuntamenti.yaml where the tenant has no stored desks yet, then reads them; then it reads them again every
/// ChatAssistant:Appointments:DeskRefreshEvery, so an edit saved on another host is in use here within that time (the
/// host that saved it uses it at once). Without a store (the CLI's tools) the files' desks stay in use.
/// </summary>
public sealed partial class DeskSync(DeskCatalog catalog, TimeProvider clock, IOptions<AppointmentOptions> options, ILogger<DeskSync> logger, IDeskStore? store = null)
    : BackgroundService
{
    private bool _seeded;

    /// <summary>One pass: seed (once per process) and lay the stored desks over the files'.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken = default)
    {
        if (store is null)
        {
            return;
        }

        if (!_seeded)
        {
            foreach (var tenant in catalog.All.Where(t => t.DeskVersion == 0))
            {
                if (await store.SeedAsync(DeskSet.SeedOf(tenant, clock.GetUtcNow()), cancellationToken))
                {
                    Log.Seeded(logger, tenant.TenantId);
                }
            }

            _seeded = true;
        }

        foreach (var desks in await store.ListAsync(cancellationToken))
        {
            catalog.Apply(desks);
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the host serves: slots and bookings read the stored desks from the first request on. A store that is
        // away leaves the files' desks until the next pass.
        try
        {
            await SyncAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Failed(logger, e);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicPass.RunAsync(options.Value.DeskRefreshEvery, clock, atStart: false, SyncAsync, e => Log.Failed(logger, e), stoppingToken);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Desks of {Tenant} stored from appuntamenti.yaml; from now on the console edits them.")]
        public static partial void Seeded(ILogger logger, string tenant);

        [LoggerMessage(Level = LogLevel.Warning, Message = "The stored desks could not be read; the ones in use stay until the next pass.")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
