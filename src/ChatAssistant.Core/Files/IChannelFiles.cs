namespace ChatAssistant.Core.Files;

/// <summary>Fetches a file a citizen sent on a channel (a Telegram photo), by the reference the channel put in the activity.</summary>
public interface IChannelFiles
{
    /// <summary>
    /// The file's bytes; <see cref="ChannelFileResult.TooLarge"/> past <paramref name="maxBytes"/> (read no further),
    /// <see cref="ChannelFileResult.Unavailable"/> when the channel cannot give it.
    /// </summary>
    Task<ChannelFileResult> DownloadAsync(string tenantId, string channelId, string fileId, long maxBytes, CancellationToken cancellationToken = default);
}

public sealed record ChannelFileResult(ChannelFileStatus Status, byte[]? Bytes = null)
{
    public static ChannelFileResult TooLarge { get; } = new(ChannelFileStatus.TooLarge);

    public static ChannelFileResult Unavailable { get; } = new(ChannelFileStatus.Unavailable);
}

public enum ChannelFileStatus
{
    Ok,
    TooLarge,
    Unavailable,
}
