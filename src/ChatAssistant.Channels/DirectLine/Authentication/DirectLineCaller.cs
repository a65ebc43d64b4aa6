using System.Globalization;
using System.Security.Claims;
using ChatAssistant.Channels.DirectLine.Tokens;

namespace ChatAssistant.Channels.DirectLine.Authentication;

/// <summary>Who called, read back from the principal <see cref="DirectLineAuthenticationHandler"/> made.</summary>
public static class DirectLineCaller
{
    public static AuthResult From(ClaimsPrincipal user)
    {
        if (user.FindFirstValue(DirectLineAuthentication.TenantClaim) is not { } tenant)
        {
            return AuthResult.Fail(401, "Missing credentials: send Authorization: Bearer <token>.");
        }

        if (user.FindFirstValue(DirectLineAuthentication.ConversationClaim) is not { } conversation)
        {
            return new AuthResult(tenant, null, null, 0);
        }

        var token = new DirectLineToken(tenant, conversation, user.FindFirstValue(DirectLineAuthentication.UserClaim)!,
            Instant(user, DirectLineAuthentication.ExpiresClaim), Instant(user, DirectLineAuthentication.SessionEndsClaim));
        return new AuthResult(tenant, token, null, 0);
    }

    private static DateTimeOffset Instant(ClaimsPrincipal user, string claim) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(user.FindFirstValue(claim)!, CultureInfo.InvariantCulture));
}
