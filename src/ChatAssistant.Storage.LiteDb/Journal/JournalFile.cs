using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using ChatAssistant.Storage.LiteDb.Files;

namespace ChatAssistant.Storage.LiteDb.Journal;

/// <summary>
/// The write-ahead journal: numbered records appended to segment files <c>chatassistant-journal-NNNNNN.bin</c> beside
/// the data file. <see cref="Append"/> only buffers; <see cref="Flush"/> writes what was buffered and fsyncs, and a
/// record is durable once it returns. Each frame is
/// <c>[payload length: int32][crc32 of sequence and payload: uint32][sequence: int64][payload]</c>, so a record cut by a
/// crash is recognised and dropped on the next open (it was never acknowledged: acknowledgement waits for the flush).
/// Every flush starts on a fresh 4 KB page (the gap is zeros): a write into a page the disk is still writing waits
/// for it, which made appends as slow as fsyncs.
/// A segment is deleted once every record in it is in the data file (<see cref="DropThrough"/>).
/// </summary>
internal sealed class JournalFile : IDisposable
{
    private const string Prefix = "chatassistant-journal-";
    private const string Extension = ".bin";
    private const int HeaderSize = 16;
    private const int PageSize = 4096;
    private static readonly byte[] Zeros = new byte[PageSize];

    private readonly string _directory;
    private readonly long _segmentBytes;
    private readonly Lock _gate = new();
    private readonly List<Segment> _closed = [];
    private Segment _current;
    private MemoryStream _buffer = new();
    private MemoryStream _writing = new();
    private long _bufferedLastSequence;

    private JournalFile(string directory, long segmentBytes, Segment current)
    {
        _directory = directory;
        _segmentBytes = segmentBytes;
        _current = current;
    }

    /// <summary>
    /// Opens the journal in <paramref name="directory"/>: <paramref name="replay"/> gets every complete record, oldest
    /// first; then the old segments are deleted (the caller has made what they hold durable elsewhere by then: see
    /// <paramref name="afterReplay"/>) and a new segment is started.
    /// </summary>
    /// <exception cref="StoreUnavailableException">A segment other than the last is damaged.</exception>
    public static JournalFile Open(string directory, long segmentBytes, Action<long, byte[]> replay, Action afterReplay)
    {
        var segments = Directory.GetFiles(directory, Prefix + "*" + Extension).Order(StringComparer.Ordinal).ToList();
        var lastNumber = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            lastNumber = NumberOf(segments[i]);
            var complete = ReadRecords(segments[i], replay);
            if (!complete && i < segments.Count - 1)
            {
                throw new StoreUnavailableException(
                    $"The journal segment {segments[i]} is damaged before its end, and later segments exist. It was not changed; restore a backup or move the journal away.");
            }
        }

        afterReplay();
        foreach (var segment in segments)
        {
            File.Delete(segment);
        }

        return new JournalFile(directory, segmentBytes, Segment.Create(directory, lastNumber + 1));
    }

    /// <summary>Buffers one record for the next <see cref="Flush"/>.</summary>
    public void Append(long sequence, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(header[8..], sequence);
        var crc = new Crc32();
        crc.Append(header[8..]);
        crc.Append(payload);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], crc.GetCurrentHashAsUInt32());
        lock (_gate)
        {
            _buffer.Write(header);
            _buffer.Write(payload);
            _bufferedLastSequence = sequence;
        }
    }

    /// <summary>Writes what was appended since the last flush and fsyncs it. One thread at a time.</summary>
    public void Flush()
    {
        long lastSequence;
        lock (_gate)
        {
            (_buffer, _writing) = (_writing, _buffer);
            lastSequence = _bufferedLastSequence;
        }

        if (_writing.Length == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var padding = (int)(-_writing.Length & (PageSize - 1));
        _writing.Write(Zeros, 0, padding);
        var segment = _current;
        segment.Stream.Write(_writing.GetBuffer(), 0, (int)_writing.Length);
        segment.Stream.Flush(flushToDisk: true);
        StoreMetrics.JournalFlush.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        segment.Bytes += _writing.Length;
        segment.LastSequence = lastSequence;
        _writing.SetLength(0);
        if (segment.Bytes >= _segmentBytes)
        {
            var next = Segment.Create(_directory, segment.Number + 1);
            lock (_gate)
            {
                _closed.Add(segment);
                _current = next;
            }
        }
    }

    /// <summary>Deletes the full segments whose records are all numbered <paramref name="sequence"/> or less.</summary>
    public void DropThrough(long sequence)
    {
        List<Segment> dropped;
        lock (_gate)
        {
            dropped = _closed.TakeWhile(segment => segment.LastSequence <= sequence).ToList();
            _closed.RemoveRange(0, dropped.Count);
        }

        foreach (var segment in dropped)
        {
            segment.Stream.Dispose();
            File.Delete(segment.Path);
        }
    }

    /// <summary>True when a full segment waits for <see cref="DropThrough"/>.</summary>
    public bool HasFullSegments
    {
        get
        {
            lock (_gate)
            {
                return _closed.Count > 0;
            }
        }
    }

    /// <summary>Closes the files; with <paramref name="deleteAll"/> (everything is in the data file) deletes them too.</summary>
    public void Close(bool deleteAll)
    {
        lock (_gate)
        {
            foreach (var segment in _closed.Append(_current))
            {
                segment.Stream.Dispose();
                if (deleteAll)
                {
                    File.Delete(segment.Path);
                }
            }

            _closed.Clear();
        }
    }

    public void Dispose() => Close(deleteAll: false);

    /// <summary>Hands every complete record to <paramref name="replay"/>; false when the file ends in a damaged or cut frame.</summary>
    private static bool ReadRecords(string path, Action<long, byte[]> replay)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        var header = new byte[HeaderSize];
        while (true)
        {
            var read = stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
            if (read == 0)
            {
                return true;
            }

            if (read == HeaderSize && header.AsSpan().IndexOfAnyExcept((byte)0) < 0)
            {
                // The zeros after a flush: the next one starts on the next page.
                stream.Position = (stream.Position + PageSize - 1) & ~(long)(PageSize - 1);
                continue;
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (read < HeaderSize || length < 0 || length > stream.Length - stream.Position)
            {
                return false;
            }

            var frame = new byte[8 + length];
            header.AsSpan(8, 8).CopyTo(frame);
            stream.ReadExactly(frame, 8, length);
            if (Crc32.HashToUInt32(frame) != BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)))
            {
                return false;
            }

            replay(BinaryPrimitives.ReadInt64LittleEndian(frame), frame[8..]);
        }
    }

    private static int NumberOf(string path) =>
        int.Parse(Path.GetFileNameWithoutExtension(path).AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);

    private sealed class Segment(int number, string path, FileStream stream)
    {
        public int Number { get; } = number;
        public string Path { get; } = path;
        public FileStream Stream { get; } = stream;
        public long Bytes { get; set; }
        public long LastSequence { get; set; } = long.MaxValue;

        public static Segment Create(string directory, int number)
        {
            var path = System.IO.Path.Combine(directory, Prefix + number.ToString("D6", CultureInfo.InvariantCulture) + Extension);
            return new Segment(number, path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0));
        }
    }
}
