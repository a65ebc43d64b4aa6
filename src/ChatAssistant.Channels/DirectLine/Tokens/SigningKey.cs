using System.Security.Cryptography;
using ChatAssistant.Channels.DirectLine.Configuration;
using ChatAssistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Tokens;

/// <summary>
/// The HMAC key for tokens and citizen ids: from configuration, or generated once and kept in the store, so tokens stay
/// valid across a restart and every host sharing the database accepts the tokens of the others.
/// </summary>
public sealed class SigningKey
{
    /// <summary>Its name among the store's shared secrets.</summary>
    public const string SecretName = "directline-signing-key";

    private readonly ISharedSecrets? _secrets;
    private byte[]? _bytes;

    public SigningKey(IOptions<DirectLineOptions> options, ISharedSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        // A bad setting stops start-up (MapDirectLine asks for this at start); a stored key is read on first use, so a
        // host whose database is away starts, not ready, and serves once it comes.
        if (options.Value.SigningKey is { Length: > 0 } configured)
        {
            _bytes = FromConfiguration(configured);
        }
        else
        {
            _secrets = secrets;
        }
    }

    internal SigningKey(byte[] bytes) => _bytes = bytes;

    /// <exception cref="StoreUnavailableException">The key is kept in the store and the store cannot be reached (try again).</exception>
    internal byte[] Bytes => _bytes ??= FromStore(
        _secrets!.GetOrCreateAsync(SecretName, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).GetAwaiter().GetResult());

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

    private static byte[] FromStore(string base64)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64);
            return bytes.Length >= 32 ? bytes : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The stored signing key ({SecretName}) is damaged: set DirectLine:SigningKey, or remove it from the store to generate a new one (open web chats will start over).");
        }
    }
}
