namespace ChatAssistant.Storage.LiteDb;

/// <summary>The "ChatAssistant:Storage:LiteDb" section. The data folder itself is ChatAssistant:DataDirectory.</summary>
public sealed class LiteDbStorageOptions
{
    public const string Section = "ChatAssistant:Storage:LiteDb";

    /// <summary>Most writes committed (and synced to disk) together. Larger groups raise throughput under load and the wait of the last writer in a group.</summary>
    public int MaxBatchSize { get; set; } = 256;
}
