namespace ChatAssistant.Core.Files;

/// <summary>A composition without a channel that carries files (web chat only): nothing can be fetched.</summary>
public sealed class NoChannelFiles : IChannelFiles
{
    public Task<ChannelFileResult> DownloadAsync(string tenantId, string channelId, string fileId, long maxBytes, CancellationToken cancellationToken = default) =>
        Task.FromResult(ChannelFileResult.Unavailable);
}
