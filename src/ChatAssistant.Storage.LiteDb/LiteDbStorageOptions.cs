namespace ChatAssistant.Storage.LiteDb;

/// <summary>The "ChatAssistant:Storage" section. The data folder itself is ChatAssistant:DataDirectory.</summary>
public sealed class LiteDbStorageOptions
{
    public const string Section = "ChatAssistant:Storage";

    /// <summary>Most writes made durable by one journal fsync. Larger groups raise throughput under load and the wait of the last writer in a group.</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// Log pages after which LiteDB copies its log into the data file (a checkpoint, which holds LiteDB's writes for its
    /// duration and empties its page cache). Citizens do not wait for it (they wait for the journal), but its burst of
    /// disk writes slows the journal's fsyncs: smaller is smoother. LiteDB's default, 1,000 pages (8 MB).
    /// </summary>
    public int CheckpointPages { get; set; } = 1_000;

    /// <summary>Conversation states (and as many citizens) kept in memory for the next turn; 0 turns the cache off.</summary>
    public int MaxCachedEntries { get; set; } = 50_000;
}
