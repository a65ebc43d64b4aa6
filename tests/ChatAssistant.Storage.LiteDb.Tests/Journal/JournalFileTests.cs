using System.Text;
using ChatAssistant.Storage.LiteDb.Files;
using ChatAssistant.Storage.LiteDb.Journal;

namespace ChatAssistant.Storage.LiteDb.Tests.Journal;

/// <summary>The journal gives back exactly the records that were flushed, and tells a cut tail from damage.</summary>
public sealed class JournalFileTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public JournalFileTests() => Directory.CreateDirectory(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_AfterFlushes_ReplaysEveryRecordInOrder()
    {
        using (var journal = OpenJournal(1 << 20, out _))
        {
            journal.Append(1, Payload("uno"));
            journal.Flush();
            journal.Append(2, Payload("due"));
            journal.Append(3, Payload("tre"));
            journal.Flush();
        }

        using var reopened = OpenJournal(1 << 20, out var replayed);

        Assert.Equal([(1L, "uno"), (2L, "due"), (3L, "tre")], replayed);
    }

    [Fact]
    public void Open_AppendedButNeverFlushed_IsNotThere()
    {
        using (var journal = OpenJournal(1 << 20, out _))
        {
            journal.Append(1, Payload("flushed"));
            journal.Flush();
            journal.Append(2, Payload("only buffered"));
        }

        using var reopened = OpenJournal(1 << 20, out var replayed);

        Assert.Equal([(1L, "flushed")], replayed);
    }

    [Fact]
    public void Open_LastRecordCutByACrash_ReplaysTheRecordsBeforeItAndStarts()
    {
        using (var journal = OpenJournal(1 << 20, out _))
        {
            journal.Append(1, Payload("intero"));
            journal.Append(2, Payload(new string('x', 500)));
            journal.Flush();
        }

        var segment = Segments().Single();
        using (var file = new FileStream(segment, FileMode.Open))
        {
            // 16 header bytes and 6 payload bytes for record 1, then record 2 is cut in the middle.
            file.SetLength(16 + 6 + 100);
        }

        using var reopened = OpenJournal(1 << 20, out var replayed);

        Assert.Equal([(1L, "intero")], replayed);
        Assert.DoesNotContain(segment, Segments());
    }

    [Fact]
    public void Open_DamageInASegmentFollowedByAnother_RefusesNamingItAndKeepsTheFiles()
    {
        // A segment size of one byte: every flush starts a new segment.
        using (var journal = OpenJournal(1, out _))
        {
            journal.Append(1, Payload("primo"));
            journal.Flush();
            journal.Append(2, Payload("secondo"));
            journal.Flush();
        }

        var segments = Segments();
        Assert.Equal(3, segments.Count); // two full ones and the empty one being written
        var bytes = File.ReadAllBytes(segments[0]);
        bytes[18] ^= 0xFF;
        File.WriteAllBytes(segments[0], bytes);

        var error = Assert.Throws<StoreUnavailableException>(() => OpenJournal(1, out _));

        Assert.Contains(segments[0], error.Message, StringComparison.Ordinal);
        Assert.Equal(segments, Segments());
    }

    [Fact]
    public void DropThrough_DeletesOnlyFullSegmentsWhoseRecordsAreAllCovered()
    {
        using var journal = OpenJournal(1, out _);
        foreach (var number in new long[] { 1, 2, 3 })
        {
            journal.Append(number, Payload($"record {number}"));
            journal.Flush();
        }

        Assert.Equal(4, Segments().Count); // three full ones and the one being written
        journal.DropThrough(2);

        Assert.Equal(2, Segments().Count);
        Assert.True(journal.HasFullSegments);
        journal.DropThrough(3);
        Assert.False(journal.HasFullSegments);
    }

    private JournalFile OpenJournal(long segmentBytes, out List<(long, string)> replayed)
    {
        var records = new List<(long, string)>();
        replayed = records;
        return JournalFile.Open(_folder.Path, segmentBytes, (number, payload) => records.Add((number, Encoding.UTF8.GetString(payload))), () => { });
    }

    private List<string> Segments() => Directory.GetFiles(_folder.Path, "chatassistant-journal-*.bin").Order(StringComparer.Ordinal).ToList();

    private static byte[] Payload(string text) => Encoding.UTF8.GetBytes(text);
}
