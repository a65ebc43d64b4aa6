using System.Globalization;
using System.Text;

namespace ChatAssistant.Storage.LiteDb.Files;

/// <summary>
/// One process per data file. LiteDB's direct mode does not protect a file from a second writer (a second process
/// silently lost a write), so we hold an OS lock on <c>chatassistant.db.lock</c> for the store's lifetime.
/// The OS releases the lock when the process dies, so a lock file left behind by a killed process never blocks.
/// </summary>
internal sealed class DataFileLock : IDisposable
{
    private readonly FileStream _stream;

    private DataFileLock(FileStream stream) => _stream = stream;

    public static DataFileLock Acquire(string dataFilePath)
    {
        var lockPath = dataFilePath + ".lock";
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock on Unix and a share-deny on Windows: both end with the process.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            var pid = LockFileReader.TryReadPid(lockPath);
            var holder = pid is null ? "another ChatAssistant process" : $"another ChatAssistant process (pid {pid})";
            throw new StoreUnavailableException($"The data file {dataFilePath} is in use by {holder}. Stop it first.", ex);
        }

        try
        {
            var content = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
            stream.SetLength(0);
            stream.Write(content);
            stream.Flush();
        }
        catch (IOException)
        {
            // The pid is only a courtesy for the error message; the lock itself is held.
        }

        return new DataFileLock(stream);
    }

    private IDisposable? _owned;

    /// <summary>The file's streams: closed with the lock, after LiteDB let go of them and before the lock is released.</summary>
    public void Own(IDisposable streams) => _owned = streams;

    public void Dispose()
    {
        _owned?.Dispose();
        _stream.Dispose();
    }
}
