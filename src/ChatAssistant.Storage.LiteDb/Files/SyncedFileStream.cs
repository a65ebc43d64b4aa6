namespace ChatAssistant.Storage.LiteDb.Files;

/// <summary>
/// A file stream whose every flush reaches the disk (fsync), handed to LiteDB as its data and log stream: LiteDB flushes
/// its streams when it writes its log and when it checkpoints, but on a stream it is given it asks only for a plain
/// flush, which leaves the pages in the OS cache where a power cut loses them.
/// </summary>
internal sealed class SyncedFileStream(string path) : FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1)
{
    public override void Flush() => Flush(flushToDisk: true);

    public override void Flush(bool flushToDisk) => base.Flush(flushToDisk: true);
}
