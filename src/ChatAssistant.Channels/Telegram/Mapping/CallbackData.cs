using System.Security.Cryptography;
using System.Text;

namespace ChatAssistant.Channels.Telegram.Mapping;

/// <summary>
/// Telegram limits a button's callback_data to 64 bytes. A value that fits travels as it is (the usual case:
/// dialog choices are short). A longer one travels as a short deterministic key, "~" + 16 characters of its
/// SHA-256, and is found again in the conversation's stored transcript, where the bot's reply keeps the full
/// suggested actions. Why the transcript: it is already durable and per conversation, needs no new store and no
/// clean-up, and survives restarts and other hosts; a press on a message too old to find falls back to the
/// button's title, which Telegram sends back with the message.
/// </summary>
public static class CallbackData
{
    public const int MaxBytes = 64;
    public const char KeyPrefix = '~';

    public static string Encode(string value)
    {
        if (Encoding.UTF8.GetByteCount(value) <= MaxBytes && !value.StartsWith(KeyPrefix))
        {
            return value;
        }

        return KeyFor(value);
    }

    public static string KeyFor(string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return KeyPrefix + Convert.ToBase64String(hash).Replace('+', '-').Replace('/', '_')[..16];
    }

    /// <summary>True when <paramref name="data"/> is a key that must be looked up rather than the value itself.</summary>
    public static bool IsKey(string data) => data.Length == 17 && data[0] == KeyPrefix;
}
