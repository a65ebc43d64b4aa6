using System.Security.Cryptography;
using ChatAssistant.Channels.DirectLine.Configuration;
using ChatAssistant.Core.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Tokens;

/// <summary>
/// The HMAC key for tokens and citizen ids: from configuration, or generated once into the data folder so tokens
/// stay valid across a restart (and across hosts sharing the folder).
/// </summary>
public sealed class SigningKey
{
    public const string FileName = "directline-signing.key";

    public SigningKey(IOptions<DirectLineOptions> options, IOptions<ChatAssistantOptions> app)
    {
        Bytes = options.Value.SigningKey is { Length: > 0 } configured
            ? FromConfiguration(configured)
            : LoadOrCreate(Path.Combine(app.Value.DataDirectory, FileName));
    }

    internal SigningKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    private static byte[] FromConfiguration(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("DirectLine:SigningKey must be base64 (e.g. `openssl rand -base64 32`).");
        }

        return bytes.Length >= 32 ? bytes : throw new InvalidOperationException("DirectLine:SigningKey must hold at least 32 bytes.");
    }

    private static byte[] LoadOrCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another host created it first: use theirs.
            }
        }

        return FromFile(path);
    }

    private static byte[] FromFile(string path)
    {
        var text = File.ReadAllText(path).Trim();
        try
        {
            var bytes = Convert.FromBase64String(text);
            return bytes.Length >= 32 ? bytes : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The signing key {path} is damaged: delete it to generate a new one (open web chats will start over).");
        }
    }
}
