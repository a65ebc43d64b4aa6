namespace ChatAssistant.Core.Signals;

/// <summary>Host signals within one process: the only host there is (the embedded store, tests).</summary>
public sealed class LocalHostSignals : IHostSignals
{
    private readonly LocalBroadcast<(string Topic, string Message)> _broadcast = new();

    public IDisposable Subscribe(string topic, Action<string> onMessage)
    {
        ArgumentNullException.ThrowIfNull(onMessage);
        return _broadcast.Subscribe(signal =>
        {
            if (signal.Topic == topic)
            {
                onMessage(signal.Message);
            }
        });
    }

    public Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        Raise(topic, message);
        return Task.CompletedTask;
    }

    /// <summary>Tells this process's subscribers (an engine's listener calls it for what other hosts sent).</summary>
    public void Raise(string topic, string message) => _broadcast.Publish((topic, message));
}
