using System.IO.Compression;
using ChatAssistant.Channels.DirectLine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.WebChat;

/// <summary>
/// Web Chat's bundle (from the npm package, copied next to the host by its build), served by us: no CDN. Gzipped
/// once in memory, because a phone on a slow line should not download 5 MB.
/// </summary>
public sealed class WebChatAssets(IOptions<DirectLineOptions> options)
{
    private readonly Lazy<Task<Bundle?>> _bundle = new(() => LoadAsync(ScriptPath(options.Value)));

    public Task<Bundle?> GetAsync() => _bundle.Value;

    public static string ScriptPath(DirectLineOptions options) =>
        options.WebChatScriptPath is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "wwwroot", "webchat", "webchat.js");

    private static async Task<Bundle?> LoadAsync(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var plain = await File.ReadAllBytesAsync(path);
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(plain);
        }

        var version = File.GetLastWriteTimeUtc(path).Ticks.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        return new Bundle(plain, buffer.ToArray(), version);
    }

    public sealed record Bundle(byte[] Plain, byte[] Gzip, string Version);
}
