namespace ChatAssistant.Core.Signals;

/// <summary>
/// Short messages to every host of the deployment, this one included (PostgreSQL: NOTIFY/LISTEN; one process: in
/// memory). Like <see cref="Storage.ITranscriptSignals"/> a message may be lost while a host reconnects to the database,
/// so what a feature must not lose stays in the store; a message is at most a few kilobytes.
/// </summary>
public interface IHostSignals
{
    /// <summary>Calls <paramref name="onMessage"/> for every message on <paramref name="topic"/> until disposed; it must return quickly.</summary>
    IDisposable Subscribe(string topic, Action<string> onMessage);

    /// <summary>Sends <paramref name="message"/> to the subscribers of <paramref name="topic"/> on every host.</summary>
    Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default);
}
