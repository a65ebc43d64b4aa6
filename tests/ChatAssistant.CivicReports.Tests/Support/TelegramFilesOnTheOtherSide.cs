using System.Collections.Concurrent;
using ChatAssistant.Core.Files;

namespace ChatAssistant.CivicReports.Tests.Support;

/// <summary>
/// Telegram's file servers (outside the machine): the files a citizen "sent", by file id. The real download (getFile,
/// the limit while reading) is TelegramFiles, tested against the emulator in the host tests.
/// </summary>
internal sealed class TelegramFilesOnTheOtherSide : IChannelFiles
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3];

    public int Downloads { get; private set; }

    public void Add(string fileId, byte[] bytes) => _files[fileId] = bytes;

    public Task<ChannelFileResult> DownloadAsync(string tenantId, string channelId, string fileId, long maxBytes, CancellationToken cancellationToken = default)
    {
        Downloads++;
        return Task.FromResult(!_files.TryGetValue(fileId, out var bytes) ? ChannelFileResult.Unavailable
            : bytes.Length > maxBytes ? ChannelFileResult.TooLarge
            : new ChannelFileResult(ChannelFileStatus.Ok, bytes));
    }
}
