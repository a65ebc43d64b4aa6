namespace ChatAssistant.Storage.LiteDb.Files;

/// <summary>
/// The data and log files handed to LiteDB as streams, to control when the log is fsynced. LiteDB's background log
/// writer fsyncs the log every time its queue runs empty, which during one commit happens dozens of times (one per
/// few pages): dozens of fsyncs per commit. Here the log's Flush only marks it; the log is fsynced when asked
/// (<see cref="LogDurability"/>), after every 2 MB written, and always just before the first write to the data
/// file (a checkpoint copies the log into it), so the log is on disk before the data file is overwritten from it.
/// The data file's Flush is a real fsync, also after every 2 MB a checkpoint writes.
/// Both streams are unbuffered: every write reaches the OS at once, so a killed process loses nothing written.
/// </summary>
internal sealed class WriteAheadStreams : IDisposable
{
    private WriteAheadStreams(FileStream data, FileStream log)
    {
        Log = new LogStream(log);
        Data = new DataStream(data, Log);
    }

    public Stream Data { get; }

    public LogStream Log { get; }

    /// <summary>LiteDB's own name for the log of <paramref name="dataFilePath"/>, so existing files keep working.</summary>
    public static string LogPathOf(string dataFilePath) =>
        Path.Combine(Path.GetDirectoryName(dataFilePath)!, Path.GetFileNameWithoutExtension(dataFilePath) + "-log" + Path.GetExtension(dataFilePath));

    public static WriteAheadStreams Open(string dataFilePath)
    {
        var data = OpenFile(dataFilePath);
        try
        {
            return new WriteAheadStreams(data, OpenFile(LogPathOf(dataFilePath)));
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Data.Dispose();
        Log.Dispose();
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);

    /// <summary>Positioned reads and writes over a file; what Flush does is up to the subclass.</summary>
    internal abstract class FileBacked(FileStream file) : Stream
    {
        protected FileStream File { get; } = file;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => true;
        public override long Length => File.Length;

        public override long Position
        {
            get => File.Position;
            set => File.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => File.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => File.Seek(offset, origin);

        public override void SetLength(long value) => File.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count) => File.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                File.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// Written bytes after which a file is fsynced anyway. The journal's fsync waits behind whatever else the disk has
    /// queued: LiteDB's writes reach the disk in small steps rather than in one burst of megabytes at a checkpoint.
    /// </summary>
    private const int PaceBytes = 2 * 1024 * 1024;

    internal sealed class LogStream(FileStream file) : FileBacked(file)
    {
        private readonly Lock _gate = new();
        private bool _dirty;
        private long _unsynced;

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                base.Write(buffer, offset, count);
                _dirty = true;
                _unsynced += count;
                if (_unsynced >= PaceBytes)
                {
                    FsyncIfWritten();
                }
            }
        }

        public override void SetLength(long value)
        {
            lock (_gate)
            {
                base.SetLength(value);
                _dirty = true;
            }
        }

        /// <summary>Deferred: see <see cref="FsyncIfWritten"/>.</summary>
        public override void Flush()
        {
        }

        public void FsyncIfWritten()
        {
            lock (_gate)
            {
                if (_dirty)
                {
                    File.Flush(flushToDisk: true);
                    _dirty = false;
                    _unsynced = 0;
                }
            }
        }
    }

    internal sealed class DataStream(FileStream file, LogStream log) : FileBacked(file)
    {
        private long _unsynced;

        public override void Write(byte[] buffer, int offset, int count)
        {
            log.FsyncIfWritten();
            base.Write(buffer, offset, count);
            _unsynced += count;
            if (_unsynced >= PaceBytes)
            {
                Flush();
            }
        }

        public override void SetLength(long value)
        {
            log.FsyncIfWritten();
            base.SetLength(value);
        }

        public override void Flush()
        {
            File.Flush(flushToDisk: true);
            _unsynced = 0;
        }
    }
}
