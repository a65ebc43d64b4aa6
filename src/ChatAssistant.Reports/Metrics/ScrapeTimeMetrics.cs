using ChatAssistant.Core.Storage;
using ChatAssistant.Core.Tenants;
using ChatAssistant.Handoff.Storage;
using ChatAssistant.Handoff.Tickets;
using Prometheus;

namespace ChatAssistant.Reports.Metrics;

/// <summary>
/// What /metrics reads from the store when scraped: each municipality's handoff queue (waiting and held chats, and how
/// long the oldest has waited) and its outbox (pending, sending, sent, failed; Prometheus' rate() over "sent" is the
/// sending rate while the retention purge does not run). The store's commit latency comes from the store's own meter.
/// </summary>
public sealed class ScrapeTimeMetrics(ITenantDirectory tenants, IHandoffStore handoff, IOutboxStore outbox, TimeProvider clock)
{
    private static readonly Gauge Queue = Prometheus.Metrics.CreateGauge(
        "chatassistant_handoff_queue_length", "Open handoff chats, by municipality and status (waiting, held).", "tenant", "status");

    private static readonly Gauge OldestWait = Prometheus.Metrics.CreateGauge(
        "chatassistant_handoff_oldest_wait_seconds", "How long the longest-waiting chat of the queue has waited.", "tenant");

    private static readonly Gauge Outbox = Prometheus.Metrics.CreateGauge(
        "chatassistant_outbox_messages", "Outgoing messages by municipality (bot) and state: the backlog is pending + sending.", "tenant", "state");

    public async Task CollectAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var tenant in tenants.All)
        {
            var open = await handoff.ListOpenAsync(tenant.Id, cancellationToken);
            var waiting = open.Where(t => t.Status == TicketStatus.Waiting && t.QueuedAt <= now).ToList();
            Queue.WithLabels(tenant.Id, "waiting").Set(waiting.Count);
            Queue.WithLabels(tenant.Id, "held").Set(open.Count(t => t.Status == TicketStatus.Held));
            OldestWait.WithLabels(tenant.Id).Set(waiting.Count == 0 ? 0 : (now - waiting.Min(t => t.QueuedAt)).TotalSeconds);

            var counts = await outbox.CountAsync(tenant.Id, cancellationToken);
            Outbox.WithLabels(tenant.Id, "pending").Set(counts.Pending);
            Outbox.WithLabels(tenant.Id, "sending").Set(counts.Sending);
            Outbox.WithLabels(tenant.Id, "sent").Set(counts.Sent);
            Outbox.WithLabels(tenant.Id, "failed").Set(counts.Failed);
        }
    }
}
