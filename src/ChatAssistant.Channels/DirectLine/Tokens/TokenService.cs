using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatAssistant.Channels.DirectLine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Tokens;

/// <summary>
/// Signed, expiring tokens bound to one conversation: <c>base64url(json payload) "." base64url(HMAC-SHA256)</c>.
/// Also signs the citizen ids the web page keeps in localStorage.
/// </summary>
public sealed class TokenService(SigningKey key, TimeProvider clock, IOptions<DirectLineOptions> options)
{
    private const string TokenPurpose = "dl-token-v1.";
    private const string CitizenPurpose = "dl-citizen-v1.";

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);

    /// <summary>The absolute life of a conversation's tokens, refreshes included.</summary>
    public TimeSpan MaxLifetime => TimeSpan.FromHours(options.Value.TokenMaxLifetimeHours);

    /// <param name="sessionEndsAt">A refresh passes the session's end on; a new session ends <see cref="MaxLifetime"/> from now.</param>
    public string Issue(string tenantId, string conversationId, string userId, out DirectLineToken granted, DateTimeOffset? sessionEndsAt = null)
    {
        var now = clock.GetUtcNow();
        var end = DateTimeOffset.FromUnixTimeSeconds((sessionEndsAt ?? now + MaxLifetime).ToUnixTimeSeconds());
        var expires = DateTimeOffset.FromUnixTimeSeconds(Math.Min((now + Lifetime).ToUnixTimeSeconds(), end.ToUnixTimeSeconds()));
        granted = new DirectLineToken(tenantId, conversationId, userId, expires, end);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(tenantId, conversationId, userId, expires.ToUnixTimeSeconds(), end.ToUnixTimeSeconds()));
        var body = Base64Url.EncodeToString(payload);
        return body + "." + Sign(TokenPurpose, body, 32);
    }

    /// <summary>Reads a token. Returns null and a plain reason when it is forged, damaged or expired.</summary>
    public DirectLineToken? Read(string? token, out string reason)
    {
        reason = "";
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || !Verify(TokenPurpose, token[..dot], token[(dot + 1)..], 32))
        {
            reason = "The token is not valid: ask for a new one.";
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(token.AsSpan(0, dot)));
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            payload = null;
        }

        if (payload is null || string.IsNullOrEmpty(payload.Tenant) || string.IsNullOrEmpty(payload.Conversation) || string.IsNullOrEmpty(payload.User))
        {
            reason = "The token is not valid: ask for a new one.";
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.Expires);
        if (expires <= clock.GetUtcNow())
        {
            reason = "The token has expired: ask for a new one.";
            return null;
        }

        return new DirectLineToken(payload.Tenant, payload.Conversation, payload.User, expires,
            payload.End > 0 ? DateTimeOffset.FromUnixTimeSeconds(payload.End) : expires);
    }

    /// <summary>A new citizen id: <c>dl_&lt;random&gt;.&lt;signature&gt;</c>. The part before the dot is the channel user id.</summary>
    public string NewCitizenId()
    {
        var raw = "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        return raw + "." + Sign(CitizenPurpose, raw, 16);
    }

    /// <summary>The channel user id inside a signed citizen id this server issued, or null when it is not ours.</summary>
    public string? VerifyCitizenId(string? signedId)
    {
        var dot = signedId?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (signedId is null || dot <= 3 || signedId.Length > 200 || !signedId.StartsWith("dl_", StringComparison.Ordinal))
        {
            return null;
        }

        return Verify(CitizenPurpose, signedId[..dot], signedId[(dot + 1)..], 16) ? signedId[..dot] : null;
    }

    private string Sign(string purpose, string body, int length)
    {
        var mac = HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(purpose + body));
        return Base64Url.EncodeToString(mac.AsSpan(0, length));
    }

    private bool Verify(string purpose, string body, string signature, int length)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(purpose, body, length));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private sealed record Payload(
        [property: JsonPropertyName("t")] string Tenant,
        [property: JsonPropertyName("c")] string Conversation,
        [property: JsonPropertyName("u")] string User,
        [property: JsonPropertyName("exp")] long Expires,
        [property: JsonPropertyName("end")] long End);
}
