using System.Text;
using ChatAssistant.Core.Storage;
using LiteDB;
using LiteDB.Engine;

namespace ChatAssistant.Storage.LiteDb.Files;

/// <summary>
/// Opens <c>chatassistant.db</c>: takes the process lock, refuses a file that is not LiteDB before LiteDB can touch
/// it (LiteDB crops a file whose length is not a whole number of pages, and treats an empty one as new), then opens
/// it with ordinal string comparison (conversation ids are case-sensitive) over streams that sync on every flush.
/// </summary>
internal static class DataFileOpener
{
    public const string FileName = "chatassistant.db";

    /// <summary>LiteDB's log beside it, named as LiteDB itself would name it.</summary>
    public const string LogFileName = "chatassistant-log.db";

    private const int PageSize = 8192;
    private const int HeaderInfoOffset = 32;
    private const int FileVersionOffset = 59;
    private const byte FileVersion = 8;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    public static (LiteDatabase Database, DataFileLock Lock) Open(string dataDirectory)
    {
        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fileLock = DataFileLock.Acquire(path);
        try
        {
            if (Problem(path) is { } reason)
            {
                throw Damaged(path, reason, null);
            }

            var data = new SyncedFileStream(path);
            var log = new SyncedFileStream(Path.Combine(Path.GetDirectoryName(path)!, LogFileName));
            fileLock.Own(data, log);
            try
            {
                var engine = new LiteEngine(new EngineSettings { DataStream = data, LogStream = log, Collation = Collation.Binary });
                return (new LiteDatabase(engine) { CheckpointSize = 0 }, fileLock);
            }
            catch (LiteException ex)
            {
                throw Damaged(path, ex.Message, ex);
            }
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }
    }

    /// <summary>Why the file is not a LiteDB 5 file, or null when it looks like one (or does not exist yet).</summary>
    private static string? Problem(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length == 0)
        {
            return null;
        }

        if (stream.Length % PageSize != 0)
        {
            return $"its length ({stream.Length} bytes) is not a whole number of {PageSize}-byte pages";
        }

        var header = new byte[PageSize];
        stream.ReadExactly(header);
        if (!header.AsSpan(HeaderInfoOffset, HeaderInfo.Length).SequenceEqual(HeaderInfo))
        {
            return "its first page has no LiteDB header";
        }

        return header[FileVersionOffset] == FileVersion ? null : $"it is LiteDB file version {header[FileVersionOffset]}, not {FileVersion} (LiteDB 5)";
    }

    private static StoreUnavailableException Damaged(string path, string reason, Exception? inner)
    {
        var message = $"The data file {path} is damaged or not a LiteDB file: {reason}. It was not changed; restore a backup or move it away.";
        return inner is null ? new StoreUnavailableException(message) : new StoreUnavailableException(message, inner);
    }
}
