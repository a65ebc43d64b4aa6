using ChatAssistant.Core.Signals;

namespace ChatAssistant.Core.Storage;

/// <summary>Transcript signals within one process: what a single-host store raises after each commit.</summary>
public sealed class LocalTranscriptSignals : ITranscriptSignals
{
    private readonly LocalBroadcast<string> _broadcast = new();

    public IDisposable Subscribe(Action<string> onAppended) => _broadcast.Subscribe(onAppended);

    /// <summary>Tells every subscriber; one that throws does not stop the others.</summary>
    public void Raise(string conversationKey) => _broadcast.Publish(conversationKey);
}
