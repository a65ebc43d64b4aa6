using System.Globalization;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Storage.LiteDb.Files;

/// <summary>
/// One process per data file. LiteDB does not protect a file given as a stream from a second writer, so we hold an OS
/// lock on <c>chatassistant.db.lock</c> for the store's lifetime; the OS releases it when the process dies, so a lock
/// file left behind by a killed process never blocks. The holder's pid goes in <c>chatassistant.db.owner</c>, a file
/// of its own because .NET cannot read a file another process holds locked.
/// </summary>
internal sealed class DataFileLock : IDisposable
{
    private readonly FileStream _stream;
    private IDisposable[] _owned = [];

    private DataFileLock(FileStream stream) => _stream = stream;

    public static DataFileLock Acquire(string dataFilePath)
    {
        var ownerPath = dataFilePath + ".owner";
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock on Unix and a share-deny on Windows: both end with the process.
            stream = new FileStream(dataFilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            var pid = ReadOwner(ownerPath);
            var holder = pid is null ? "another ChatAssistant process" : $"another ChatAssistant process (pid {pid})";
            throw new StoreUnavailableException($"The data file {dataFilePath} is in use by {holder}. Stop it first.", ex);
        }

        try
        {
            File.WriteAllText(ownerPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The pid is only a courtesy for the error message; the lock itself is held.
        }

        return new DataFileLock(stream);
    }

    /// <summary>The file's streams: closed with the lock, after LiteDB let go of them and before the lock is released.</summary>
    public void Own(params IDisposable[] streams) => _owned = streams;

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _stream.Dispose();
    }

    private static int? ReadOwner(string ownerPath)
    {
        try
        {
            return int.TryParse(File.ReadAllText(ownerPath).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
