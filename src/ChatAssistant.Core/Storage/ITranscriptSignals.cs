namespace ChatAssistant.Core.Storage;

/// <summary>
/// "A conversation's transcript grew", raised on every host once the entries are committed, whichever host wrote them:
/// a web chat stream open on one host shows a reply written on another. A signal may be lost (a host reconnecting to
/// the database): streams also read the store every few seconds, which stays the truth.
/// </summary>
public interface ITranscriptSignals
{
    /// <summary>Calls <paramref name="onAppended"/> with the conversation key on every signal until the subscription is disposed. It must return quickly.</summary>
    IDisposable Subscribe(Action<string> onAppended);
}
