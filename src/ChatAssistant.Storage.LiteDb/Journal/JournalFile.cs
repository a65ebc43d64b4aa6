using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using ChatAssistant.Storage.LiteDb.Files;

namespace ChatAssistant.Storage.LiteDb.Journal;

/// <summary>
/// The write-ahead journal: numbered records appended to segment files <c>chatassistant-journal-NNNNNN.bin</c> beside
/// the data file. A record is durable once <see cref="Flush"/> returns. Each frame is
/// <c>[payload length: int32][crc32 of sequence and payload: uint32][sequence: int64][payload]</c>, so a record cut by a
/// crash is recognised and dropped on the next open (it was never acknowledged: acknowledgement waits for the flush).
/// A segment is deleted once every record in it is in the data file (<see cref="DropThrough"/>).
/// Appends come from one thread, flushes from another, drops from a third: one lock keeps the segment list.
/// </summary>
internal sealed class JournalFile : IDisposable
{
    private const string Prefix = "chatassistant-journal-";
    private const string Extension = ".bin";
    private const int HeaderSize = 16;

    private readonly string _directory;
    private readonly long _segmentBytes;
    private readonly Lock _gate = new();
    private readonly List<Segment> _closed = [];
    private readonly List<FileStream> _unflushed = [];
    private Segment _current;
    private byte[] _buffer = new byte[64 * 1024];

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

    /// <summary>Appends one record (not yet durable). Called by one thread at a time.</summary>
    public void Append(long sequence, ReadOnlySpan<byte> payload)
    {
        var length = HeaderSize + payload.Length;
        if (_buffer.Length < length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        var frame = _buffer.AsSpan(0, length);
        BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(frame[8..], sequence);
        payload.CopyTo(frame[HeaderSize..]);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], Crc32.HashToUInt32(frame[8..]));

        lock (_gate)
        {
            if (_current.Bytes > 0 && _current.Bytes + length > _segmentBytes)
            {
                _closed.Add(_current);
                _current = Segment.Create(_directory, _current.Number + 1);
            }

            _current.Stream.Write(frame);
            _current.Bytes += length;
            _current.LastSequence = sequence;
            if (!_unflushed.Contains(_current.Stream))
            {
                _unflushed.Add(_current.Stream);
            }
        }
    }

    /// <summary>Makes every record appended so far durable (one fsync per segment written since the last flush).</summary>
    public void Flush()
    {
        FileStream[] streams;
        lock (_gate)
        {
            streams = [.. _unflushed];
            _unflushed.Clear();
        }

        foreach (var stream in streams)
        {
            try
            {
                stream.Flush(flushToDisk: true);
            }
            catch (ObjectDisposedException)
            {
                // Dropped meanwhile: everything in it was already in the data file.
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
            foreach (var segment in dropped)
            {
                _unflushed.Remove(segment.Stream);
            }
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
            _unflushed.Clear();
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
            // Unbuffered: every append reaches the OS at once, so a killed process loses nothing that was appended.
            return new Segment(number, path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0));
        }
    }
}
