using ChatAssistant.Channels.Telegram.Bots;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Files;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace ChatAssistant.Channels.Telegram.Files;

/// <summary>
/// A citizen's photo or file from the tenant's bot: getFile, then the download, never reading past the limit (Telegram's
/// declared size may be missing or wrong). Any failure is "unavailable": the flow says so and goes on without it.
/// </summary>
public sealed partial class TelegramFiles(TelegramBots bots, ILogger<TelegramFiles> logger) : IChannelFiles
{
    public async Task<ChannelFileResult> DownloadAsync(string tenantId, string channelId, string fileId, long maxBytes, CancellationToken cancellationToken = default)
    {
        if (channelId != ChannelIds.Telegram || bots.Find(tenantId) is not { } bot)
        {
            return ChannelFileResult.Unavailable;
        }

        using var buffer = new CappedMemoryStream(maxBytes);
        try
        {
            var file = await bot.Client.GetFile(fileId, cancellationToken);
            if (file.FileSize > maxBytes)
            {
                return ChannelFileResult.TooLarge;
            }

            if (string.IsNullOrEmpty(file.FilePath))
            {
                return ChannelFileResult.Unavailable;
            }

            await bot.Client.DownloadFile(file.FilePath, buffer, cancellationToken);
            return new ChannelFileResult(ChannelFileStatus.Ok, buffer.ToArray());
        }
        catch (Exception) when (buffer.Exceeded)
        {
            return ChannelFileResult.TooLarge;
        }
        catch (Exception e) when (e is global::Telegram.Bot.Exceptions.RequestException or HttpRequestException or TaskCanceledException or IOException)
        {
            LogDownloadFailed(logger, tenantId, e.Message);
            return ChannelFileResult.Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram bot of {Tenant}: a citizen's file could not be downloaded: {Reason}")]
    private static partial void LogDownloadFailed(ILogger logger, string tenant, string reason);

    /// <summary>Stops a download at the limit instead of holding a file of any size in memory.</summary>
    private sealed class CappedMemoryStream(long limit) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            Check(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Check(count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        public bool Exceeded { get; private set; }

        private void Check(int count)
        {
            if (Length + count > limit)
            {
                Exceeded = true;
                throw new InvalidDataException("The file is larger than the limit.");
            }
        }
    }
}
