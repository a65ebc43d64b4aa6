using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace ChatAssistant.Channels.DirectLine.Streaming;

/// <summary>
/// Rings a conversation's open streams on this host whenever the store says its transcript grew, on any host: a reply
/// written on host B (a turn, a volunteer's message) reaches a WebSocket open on host A within moments.
/// </summary>
public sealed class TranscriptStreamBridge(ITranscriptSignals signals, ConversationNotifier notifier) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = signals.Subscribe(key =>
        {
            if (notifier.SubscriberCount(key) > 0)
            {
                notifier.Publish(key, StreamSignal.CheckStore);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
