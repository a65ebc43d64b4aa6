namespace ChatAssistant.Storage.LiteDb.Caching;

/// <summary>
/// A Bloom filter of every processed message key in the file: filled once at open, then on every durable commit.
/// "Not in the filter" is certain, so the usual answer to WasProcessedAsync (a new message) needs no read; "maybe"
/// reads the file. Fixed size (1 MiB, 5 probes): about 1% false positives at 800,000 keys, more beyond that, which
/// only costs reads, never a wrong answer.
/// </summary>
internal sealed class ProcessedKeyFilter
{
    private const int Bits = 1 << 23;
    private const int Probes = 5;
    private readonly long[] _words = new long[Bits / 64];

    public void Add(string key)
    {
        var (h1, h2) = Hash(key);
        for (var i = 0; i < Probes; i++)
        {
            var bit = (int)((h1 + ((uint)i * h2)) & (Bits - 1));
            Interlocked.Or(ref _words[bit >> 6], 1L << (bit & 63));
        }
    }

    public bool MightContain(string key)
    {
        var (h1, h2) = Hash(key);
        for (var i = 0; i < Probes; i++)
        {
            var bit = (int)((h1 + ((uint)i * h2)) & (Bits - 1));
            if ((Volatile.Read(ref _words[bit >> 6]) & (1L << (bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>FNV-1a over the UTF-16 code units, split into two halves for double hashing.</summary>
    private static (uint, uint) Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 32;
        return ((uint)hash, (uint)(hash >> 32) | 1);
    }
}
