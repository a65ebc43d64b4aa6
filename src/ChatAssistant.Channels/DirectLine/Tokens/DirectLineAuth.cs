using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Channels.DirectLine.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Tokens;

/// <summary>Who is calling: a site secret (a municipality's server) or a token (a browser), from <c>Authorization: Bearer</c>.</summary>
public sealed class DirectLineAuth(TokenService tokens, IOptions<DirectLineOptions> options)
{
    public AuthResult Authenticate(HttpRequest request, string? queryToken = null)
    {
        var header = request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : queryToken;
        if (string.IsNullOrEmpty(bearer) || bearer == "undefined" || bearer == "null")
        {
            return AuthResult.Fail(401, "Missing credentials: send Authorization: Bearer <token>.");
        }

        if (SecretTenant(bearer) is { } tenant)
        {
            return new AuthResult(tenant, null, null, 0);
        }

        var token = tokens.Read(bearer, out var reason);
        return token is null ? AuthResult.Fail(403, reason) : new AuthResult(token.TenantId, token, null, 0);
    }

    private string? SecretTenant(string candidate)
    {
        var given = Encoding.UTF8.GetBytes(candidate);
        string? found = null;
        foreach (var (tenant, secret) in options.Value.Secrets)
        {
            if (!string.IsNullOrEmpty(secret) && CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(secret)))
            {
                found = tenant;
            }
        }

        return found;
    }
}

/// <param name="TenantId">The municipality of the caller (null on failure).</param>
/// <param name="Token">Set when the caller used a token; null for a site secret.</param>
public sealed record AuthResult(string? TenantId, DirectLineToken? Token, string? Error, int Status)
{
    public bool Succeeded => Error is null;
    public bool IsSecret => Succeeded && Token is null;

    public static AuthResult Fail(int status, string error) => new(null, null, error, status);
}
