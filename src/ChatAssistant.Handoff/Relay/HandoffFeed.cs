using System.Text.Json;
using ChatAssistant.Core.Signals;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// The handoff's events for the consoles of every host. <see cref="PublishAsync"/> tells this host at once and the
/// others through <see cref="IHostSignals"/> (LISTEN/NOTIFY on PostgreSQL); <see cref="PublishHere"/> is for what every
/// host learns by itself (a citizen's message: each host's <see cref="CitizenMessageForwarder"/> reads the transcript).
/// </summary>
public sealed class HandoffFeed : IDisposable
{
    public const string Topic = "handoff";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly LocalBroadcast<HandoffEvent> _broadcast = new();
    private readonly IHostSignals _signals;
    private readonly IDisposable _fromOtherHosts;

    /// <summary>Tells this feed's own signals apart from the other hosts' (a host hears its own NOTIFY too).</summary>
    private readonly string _origin = Guid.NewGuid().ToString("N");

    public HandoffFeed(IHostSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        _signals = signals;
        _fromOtherHosts = signals.Subscribe(Topic, Heard);
    }

    /// <summary>Calls <paramref name="onEvent"/> for every event until disposed; it must return quickly.</summary>
    public IDisposable Subscribe(Action<HandoffEvent> onEvent) => _broadcast.Subscribe(onEvent);

    /// <summary>To the consoles of this host now, and of the other hosts as soon as the signal reaches them.</summary>
    public async Task PublishAsync(HandoffEvent handoffEvent, CancellationToken cancellationToken = default)
    {
        PublishHere(handoffEvent);
        await _signals.PublishAsync(Topic, JsonSerializer.Serialize(new Signal(_origin, handoffEvent), Json), cancellationToken);
    }

    /// <summary>To the consoles of this host only. One console's failure is its own; the others still hear the event.</summary>
    public void PublishHere(HandoffEvent handoffEvent) => _broadcast.Publish(handoffEvent);

    public void Dispose() => _fromOtherHosts.Dispose();

    private void Heard(string message)
    {
        if (JsonSerializer.Deserialize<Signal>(message, Json) is { Event: { } handoffEvent } signal && signal.Origin != _origin)
        {
            PublishHere(handoffEvent);
        }
    }

    private sealed record Signal(string Origin, HandoffEvent Event);
}
