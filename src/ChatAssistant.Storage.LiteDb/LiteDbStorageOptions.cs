namespace ChatAssistant.Storage.LiteDb;

/// <summary>The "ChatAssistant:Storage" section. The data folder itself is ChatAssistant:DataDirectory.</summary>
public sealed class LiteDbStorageOptions
{
    public const string Section = "ChatAssistant:Storage";

    /// <summary>Most writes grouped into one transaction. Larger batches raise throughput under load and the wait of the last writer in a batch.</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// Log pages after which LiteDB copies its log into the data file (a checkpoint, which holds every write for its
    /// duration and empties LiteDB's page cache). LiteDB's default is 1,000 pages (8 MB); a larger log means rarer,
    /// longer pauses and less work in all, since a page changed many times is copied once.
    /// </summary>
    public int CheckpointPages { get; set; } = 8_000;

    /// <summary>Conversation states (and as many citizens) kept in memory for the next turn; 0 turns the cache off.</summary>
    public int MaxCachedEntries { get; set; } = 50_000;
}
