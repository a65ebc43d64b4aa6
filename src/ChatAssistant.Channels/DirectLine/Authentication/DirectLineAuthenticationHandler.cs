using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using ChatAssistant.Channels.DirectLine.Endpoints;
using ChatAssistant.Channels.DirectLine.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Authentication;

/// <summary>
/// Direct Line's credentials as an ASP.NET Core scheme: <c>Authorization: Bearer</c> with a site secret or a token (on
/// the stream, the token may come in <c>?t=</c>, as the real service hands it out). No credentials is a 401, a bad one a
/// 403, both as ProblemDetails with the reason.
/// </summary>
public sealed class DirectLineAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DirectLineAuth credentials)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string MissingCredentials = "Missing credentials: send Authorization: Bearer <token>.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var queryToken = Request.Path.Value?.EndsWith("/stream", StringComparison.Ordinal) == true ? Request.Query["t"].ToString() : null;
        var caller = credentials.Authenticate(Request, queryToken);
        if (!caller.Succeeded)
        {
            return Task.FromResult(caller.Status == 401 ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(caller.Error!));
        }

        var claims = new List<Claim> { new(DirectLineAuthentication.TenantClaim, caller.TenantId!) };
        if (caller.Token is { } token)
        {
            claims.Add(new(DirectLineAuthentication.ConversationClaim, token.ConversationId));
            claims.Add(new(DirectLineAuthentication.UserClaim, token.UserId));
            claims.Add(new(DirectLineAuthentication.ExpiresClaim, token.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
            claims.Add(new(DirectLineAuthentication.SessionEndsClaim, (token.SessionEndsAt ?? token.ExpiresAt).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var problem = result.Failure is { } failure ? Problems.Of(403, failure.Message) : Problems.Of(401, MissingCredentials);
        await problem.ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Of(403, "These credentials do not allow this.").ExecuteAsync(Context);
}
