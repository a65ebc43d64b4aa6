namespace ChatAssistant.Storage.LiteDb;

/// <summary>The "ChatAssistant:Storage" section. The data folder itself is ChatAssistant:DataDirectory.</summary>
public sealed class LiteDbStorageOptions
{
    public const string Section = "ChatAssistant:Storage";

    /// <summary>Most writes grouped into one transaction. Larger batches raise throughput under load and the wait of the last writer in a batch.</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>Conversation states (and as many citizens) kept in memory for the next turn; 0 turns the cache off.</summary>
    public int MaxCachedEntries { get; set; } = 50_000;
}
