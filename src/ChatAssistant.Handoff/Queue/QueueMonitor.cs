using System.Globalization;
using ChatAssistant.Core.Leases;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Handoff.Assignment;
using ChatAssistant.Handoff.Hours;
using ChatAssistant.Handoff.Relay;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Queue;

/// <summary>
/// Watches each tenant's queue, on one host at a time (a lease): gives waiting tickets to online volunteers where
/// assignment is automatic, apologises once to a citizen nobody claimed within the tenant's time (with the choice to
/// keep waiting or leave a message), and tells a waiting citizen their place again when it changed a lot.
/// </summary>
public sealed partial class QueueMonitor(
    IHandoffStore store,
    ITenantDirectory tenants,
    HandoffSettings settings,
    IVolunteerPresence presence,
    HandoffFeed feed,
    TicketCommands commands,
    QueueEstimator estimator,
    CitizenMessenger messenger,
    HandoffTexts texts,
    LeasedWork leases,
    TimeProvider clock,
    IOptions<HandoffOptions> options,
    ILogger<QueueMonitor> logger) : BackgroundService
{
    public const string LeaseName = "handoff-queue";

    private readonly SemaphoreSlim _nudged = new(0, 1);
    private IDisposable? _feedSubscription;

    /// <summary>Asks for a scan now (a ticket was opened, a volunteer came online) instead of at the next interval.</summary>
    public void Nudge()
    {
        if (_nudged.CurrentCount == 0)
        {
            try
            {
                _nudged.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already nudged.
            }
        }
    }

    /// <summary>One pass over every tenant's queue.</summary>
    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in tenants.All)
        {
            try
            {
                await ScanTenantAsync(tenant.Id, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ScanFailed(logger, tenant.Id, ex);
            }
        }
    }

    /// <summary>A ticket queued or released, or a volunteer coming online, on any host: the holder of the lease scans at once.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _feedSubscription = feed.Subscribe(e =>
        {
            if (e.Kind is HandoffEventKinds.Queued or HandoffEventKinds.Released or HandoffEventKinds.VolunteerOnline)
            {
                Nudge();
            }
        });
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _feedSubscription?.Dispose();
        return base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        leases.RunAsync(LeaseName, async held =>
        {
            var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.MonitorIntervalSeconds));
            while (!held.IsCancellationRequested)
            {
                await ScanAsync(held);
                await Task.WhenAny(_nudged.WaitAsync(held), Task.Delay(interval, clock, held));
            }
        }, stoppingToken);

    private async Task ScanTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var tenant = settings.For(tenantId);
        var now = clock.GetUtcNow();
        var open = await store.ListOpenAsync(tenantId, cancellationToken);
        var waiting = open.Where(t => t.Status == TicketStatus.Waiting && t.QueuedAt <= now).ToList();
        if (waiting.Count == 0 || !tenant.Schedule.IsOpen(now))
        {
            return;
        }

        if (tenant.Assignment == AssignmentMode.Auto)
        {
            waiting = await AssignAsync(tenantId, waiting, cancellationToken);
            open = await store.ListOpenAsync(tenantId, cancellationToken);
        }

        foreach (var ticket in waiting.Where(t => t.Message is null))
        {
            if (!ticket.ApologySent && now - ticket.QueuedAt >= tenant.ClaimTimeout)
            {
                await ApologiseAsync(ticket, cancellationToken);
            }
            else
            {
                await TellIfChangedAsync(ticket, open, cancellationToken);
            }
        }
    }

    /// <returns>The tickets still waiting.</returns>
    private async Task<List<Ticket>> AssignAsync(string tenantId, List<Ticket> waiting, CancellationToken cancellationToken)
    {
        var online = await presence.OnlineAsync(tenantId, cancellationToken);
        var left = new List<Ticket>();
        foreach (var ticket in waiting)
        {
            var open = await store.ListOpenAsync(tenantId, cancellationToken);
            var recent = await store.ListClosedSinceAsync(tenantId, clock.GetUtcNow().AddDays(-1), 100, cancellationToken);
            var volunteer = online.Count == 0 ? null : AssignmentChoice.Pick(ticket, online, open, recent, options.Value.VolunteerCapacity);
            if (volunteer is null || !(await commands.ClaimAsync(volunteer, ticket.Id, cancellationToken)).Succeeded)
            {
                left.Add(ticket);
            }
            else
            {
                Log.Assigned(logger, ticket.Id, volunteer.Id);
            }
        }

        return left;
    }

    private async Task ApologiseAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var changed = await store.ApplyAsync(ticket.TenantId, ticket.Id, t =>
            t.Status == TicketStatus.Waiting && !t.ApologySent ? Apologised(t) : TicketResult.Fail(TicketError.Conflict, "no longer waiting"), cancellationToken);
        if (changed.Ticket is { } apologised)
        {
            await messenger.FromBotAsync(apologised, texts.Get(HandoffTextKeys.Apology, apologised.Language),
                [texts.Get(HandoffTextKeys.KeepWaiting, apologised.Language), texts.Get(HandoffTextKeys.LeaveMessage, apologised.Language)], cancellationToken);
        }

        static TicketResult? Apologised(Ticket t)
        {
            t.ApologySent = true;
            return null;
        }
    }

    private async Task TellIfChangedAsync(Ticket ticket, IReadOnlyList<Ticket> open, CancellationToken cancellationToken)
    {
        var (position, minutes) = await estimator.EstimateAsync(ticket, open, cancellationToken);
        if (Math.Abs(position - ticket.ToldPosition) < options.Value.TellPositionChange && Math.Abs(minutes - ticket.ToldWaitMinutes) < options.Value.TellWaitChangeMinutes)
        {
            return;
        }

        var changed = await store.ApplyAsync(ticket.TenantId, ticket.Id, t =>
        {
            if (t.Status != TicketStatus.Waiting)
            {
                return TicketResult.Fail(TicketError.Conflict, "no longer waiting");
            }

            t.ToldPosition = position;
            t.ToldWaitMinutes = minutes;
            return null;
        }, cancellationToken);
        if (changed.Ticket is { } told)
        {
            await messenger.FromBotAsync(told, texts.Get(HandoffTextKeys.QueueUpdate, told.Language, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["position"] = position.ToString(CultureInfo.InvariantCulture),
                ["minutes"] = minutes.ToString(CultureInfo.InvariantCulture),
            }), [], cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff queue of {Tenant}: the scan failed")]
        public static partial void ScanFailed(ILogger logger, string tenant, Exception exception);

        [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {Ticket} assigned to {Volunteer}")]
        public static partial void Assigned(ILogger logger, string ticket, string volunteer);
    }
}
